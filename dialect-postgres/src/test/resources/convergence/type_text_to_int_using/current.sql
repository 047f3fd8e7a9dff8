CREATE TABLE t (id integer PRIMARY KEY, n text);
INSERT INTO t VALUES (1, '42');
