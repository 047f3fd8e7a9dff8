CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a bigint,
  b int unsigned,
  c tinyint(2),
  d smallint(3) NOT NULL DEFAULT 7
);
