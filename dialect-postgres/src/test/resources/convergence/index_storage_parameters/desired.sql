CREATE TABLE t (id int, a int, b text, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 90), CONSTRAINT t_b_uq UNIQUE (b));
CREATE INDEX t_a ON t (a) WITH (fillfactor = 70);
CREATE INDEX t_a_b ON t (a, b) WITH (fillfactor = 60);
CREATE INDEX t_brin ON t USING brin (a) WITH (pages_per_range = 32);
