CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a decimal(12,4) unsigned
);
