CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int, b int AS (a + 1) STORED, KEY ib (b)
);
