CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW names AS SELECT name FROM t WHERE id > 10;
