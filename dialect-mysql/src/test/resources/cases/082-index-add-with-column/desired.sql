CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int NOT NULL, KEY i (a)
);
