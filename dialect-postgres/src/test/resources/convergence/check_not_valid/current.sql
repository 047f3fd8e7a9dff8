CREATE TABLE t (id integer PRIMARY KEY, qty int);
INSERT INTO t VALUES (1, -5);
