CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  name varchar(50) NOT NULL
);
