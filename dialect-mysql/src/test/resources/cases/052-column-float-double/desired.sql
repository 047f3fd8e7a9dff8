CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a double, b float DEFAULT 1.5
);
