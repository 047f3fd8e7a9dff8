CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int
) ENGINE=Aria;
