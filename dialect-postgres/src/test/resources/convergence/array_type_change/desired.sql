CREATE TABLE t (id integer PRIMARY KEY, ids bigint[]);
