CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int, b decimal(5,2), c double
);
