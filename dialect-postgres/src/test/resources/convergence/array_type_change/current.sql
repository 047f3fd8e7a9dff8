CREATE TABLE t (id integer PRIMARY KEY, ids integer[]);
INSERT INTO t VALUES (1, '{1,2}');
