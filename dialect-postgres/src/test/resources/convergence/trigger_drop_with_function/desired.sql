CREATE TABLE t (id int PRIMARY KEY, updated timestamptz);
