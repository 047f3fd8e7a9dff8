CREATE TABLE t (id integer PRIMARY KEY, status varchar(10) DEFAULT 'b', price numeric(8,2) DEFAULT 9.99);
