CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a varchar(10), b text
) DEFAULT CHARSET=utf8mb4;
