CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW v1 AS SELECT id, name, length(name) AS len FROM t;
CREATE VIEW v2 AS SELECT name FROM v1;
