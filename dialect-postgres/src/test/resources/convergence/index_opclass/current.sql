CREATE TABLE t (id integer PRIMARY KEY, code text, vcode varchar(20));
