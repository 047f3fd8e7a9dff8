CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  q_id int
);
