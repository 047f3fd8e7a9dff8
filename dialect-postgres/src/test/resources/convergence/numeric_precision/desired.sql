CREATE TABLE t (id integer PRIMARY KEY, price numeric(12,4), ratio numeric(5,3));
