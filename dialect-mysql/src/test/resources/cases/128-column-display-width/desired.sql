CREATE TABLE t (
  id int(5) NOT NULL PRIMARY KEY,
  a bigint(10),
  b int(4) unsigned,
  c tinyint,
  d smallint(3) NOT NULL DEFAULT 7,
  e mediumint(2) unsigned
);
