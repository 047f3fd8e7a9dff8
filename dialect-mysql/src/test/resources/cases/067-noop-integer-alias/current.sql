CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a integer, b numeric(5,2), c real
);
