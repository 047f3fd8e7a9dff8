CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a bigint, c varchar(10), KEY ia (a, c), UNIQUE KEY uc (c)
);
