CREATE TABLE t (id integer PRIMARY KEY, qty int CHECK (qty > 0), a int, b int, CHECK (a < b));
