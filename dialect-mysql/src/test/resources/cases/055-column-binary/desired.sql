CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a binary(16), b varbinary(255)
);
