CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a varchar(10)
);
