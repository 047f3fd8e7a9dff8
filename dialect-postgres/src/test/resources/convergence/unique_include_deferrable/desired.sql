CREATE TABLE t (id integer PRIMARY KEY, code text, label text, CONSTRAINT t_code_uq UNIQUE (code) INCLUDE (label) DEFERRABLE INITIALLY DEFERRED);
