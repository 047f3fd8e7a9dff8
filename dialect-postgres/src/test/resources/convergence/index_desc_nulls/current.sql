CREATE TABLE t (id integer PRIMARY KEY, a int, b int, c int);
