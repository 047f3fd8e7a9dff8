CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int, UNIQUE KEY uq_a (a)
);
