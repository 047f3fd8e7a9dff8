CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  g geometry NOT NULL
);
