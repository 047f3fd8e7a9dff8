CREATE TABLE t (id integer PRIMARY KEY, a int, b text);
CREATE INDEX t_a_cover ON t (a) INCLUDE (b);
