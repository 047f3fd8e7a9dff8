CREATE TABLE t (id integer PRIMARY KEY, doc text DEFAULT '{}');
INSERT INTO t VALUES (1, '{"a": 1}');
