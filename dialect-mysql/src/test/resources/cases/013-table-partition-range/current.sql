CREATE TABLE t (
  id int NOT NULL,
  y int NOT NULL
);
