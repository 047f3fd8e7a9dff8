CREATE TABLE t (id int PRIMARY KEY, a int, b text, CONSTRAINT t_b_uq UNIQUE (b) WITH (fillfactor = 80));
CREATE INDEX t_a ON t (a);
CREATE INDEX t_a_b ON t (a, b) WITH (fillfactor = 50, deduplicate_items = off);
