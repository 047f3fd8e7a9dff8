CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  parent int, CONSTRAINT fk_parent FOREIGN KEY (parent) REFERENCES t (id)
);
