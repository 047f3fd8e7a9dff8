CREATE TABLE t (id integer PRIMARY KEY, price numeric(8,2), ratio numeric);
