CREATE TABLE t (id integer PRIMARY KEY, doc jsonb, tags text[]);
