CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int DEFAULT (1 + 2)
);
