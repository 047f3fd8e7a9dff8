CREATE TABLE t (id integer PRIMARY KEY, code text COLLATE "C", name varchar(20) COLLATE "POSIX");
