CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a decimal(10,2)
);
