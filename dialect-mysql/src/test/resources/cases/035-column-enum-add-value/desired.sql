CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a enum('x','y','z') NOT NULL DEFAULT 'z'
);
