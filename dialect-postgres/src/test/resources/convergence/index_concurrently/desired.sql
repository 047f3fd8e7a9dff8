CREATE TABLE t (id integer PRIMARY KEY, a int, b int);
CREATE INDEX t_a ON t (a);
