CREATE TABLE t (id integer PRIMARY KEY, email text, CONSTRAINT uq_email UNIQUE (email));
