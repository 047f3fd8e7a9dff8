CREATE TABLE t (id integer PRIMARY KEY, code text, label text);
