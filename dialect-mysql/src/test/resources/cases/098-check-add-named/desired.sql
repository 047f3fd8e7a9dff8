CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int, CONSTRAINT chk_a CHECK (a > 0)
);
