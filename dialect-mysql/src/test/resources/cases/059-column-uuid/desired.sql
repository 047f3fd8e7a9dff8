CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  u uuid
);
