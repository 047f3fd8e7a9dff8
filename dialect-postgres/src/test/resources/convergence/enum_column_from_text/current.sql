CREATE TABLE t (id int PRIMARY KEY, c text);
INSERT INTO t VALUES (1, 'red');
