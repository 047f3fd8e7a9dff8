CREATE TABLE t (id integer PRIMARY KEY, a int, b int, c int);
CREATE INDEX t_order ON t (a DESC, b NULLS FIRST, c DESC NULLS LAST);
