CREATE TABLE t (id integer PRIMARY KEY, status varchar(10) DEFAULT 'a', price numeric(8,2) DEFAULT 0);
