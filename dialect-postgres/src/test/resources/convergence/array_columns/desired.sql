CREATE TABLE t (id integer PRIMARY KEY, tags text[], grid integer[][], ids bigint[] DEFAULT '{}');
