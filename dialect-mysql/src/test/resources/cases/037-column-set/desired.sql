CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a set('r','w','x') DEFAULT 'r,w'
);
