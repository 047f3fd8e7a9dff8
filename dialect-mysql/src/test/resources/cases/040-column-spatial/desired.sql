CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  g geometry, pt point NOT NULL
);
