CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a enum('it''s','a,b','c') DEFAULT 'a,b'
);
