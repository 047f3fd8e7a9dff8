CREATE TABLE t (id integer PRIMARY KEY, at timestamptz, k text);
CREATE INDEX t_at_brin ON t USING brin (at);
CREATE INDEX t_k_hash ON t USING hash (k);
