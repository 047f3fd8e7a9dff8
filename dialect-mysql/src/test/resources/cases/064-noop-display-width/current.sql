CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int(11), b bigint(20)
);
