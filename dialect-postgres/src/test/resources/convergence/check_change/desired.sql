CREATE TABLE t (id integer PRIMARY KEY, qty int, CONSTRAINT qty_positive CHECK (qty >= 0 AND qty < 1000));
