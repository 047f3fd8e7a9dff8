CREATE TABLE t (id integer PRIMARY KEY, a int, b text);
