CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a varchar(10), b varchar(10) CHARACTER SET latin1
) DEFAULT CHARSET=latin1;
