CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW names AS SELECT id, upper(name) AS name FROM t;
