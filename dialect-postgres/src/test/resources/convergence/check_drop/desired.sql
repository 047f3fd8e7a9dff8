CREATE TABLE t (id integer PRIMARY KEY, qty int, a int, b int);
