CREATE TABLE t (id integer PRIMARY KEY, email text, deleted boolean);
CREATE UNIQUE INDEX live_email ON t (email) WHERE NOT deleted;
