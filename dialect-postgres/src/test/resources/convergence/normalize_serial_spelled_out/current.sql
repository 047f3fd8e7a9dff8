CREATE TABLE t (id serial NOT NULL);
