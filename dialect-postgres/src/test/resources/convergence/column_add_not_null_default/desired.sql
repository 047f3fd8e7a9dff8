CREATE TABLE t (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new', n int NOT NULL DEFAULT 0);
