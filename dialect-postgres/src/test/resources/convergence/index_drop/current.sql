CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX by_name ON t (name);
