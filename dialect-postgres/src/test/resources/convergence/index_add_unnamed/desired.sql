CREATE TABLE t (id integer PRIMARY KEY, a int, b int);
CREATE INDEX ON t (a, b);
