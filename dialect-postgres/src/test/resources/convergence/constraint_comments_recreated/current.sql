CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE t (id int CONSTRAINT t_pk PRIMARY KEY, p_id int CONSTRAINT t_p_fk REFERENCES p, n int CONSTRAINT t_n_pos CHECK (n > 0));
COMMENT ON CONSTRAINT t_p_fk ON t IS 'points at p';
COMMENT ON CONSTRAINT t_n_pos ON t IS 'positive';
COMMENT ON CONSTRAINT t_pk ON t IS 'the key';
