CREATE TABLE t (id integer PRIMARY KEY, a text, b text, UNIQUE NULLS NOT DISTINCT (a, b));
