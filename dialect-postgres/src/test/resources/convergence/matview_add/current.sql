CREATE TABLE t (id integer PRIMARY KEY, grp int);
