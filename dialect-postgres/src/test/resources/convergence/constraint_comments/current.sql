CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE t (id int CONSTRAINT t_pk PRIMARY KEY, p_id int CONSTRAINT t_p_fk REFERENCES p, n int CONSTRAINT t_n_pos CHECK (n > 0),
  u text CONSTRAINT t_u_uq UNIQUE, o int CONSTRAINT t_o_pos CHECK (o > 0));
COMMENT ON CONSTRAINT t_o_pos ON t IS 'will go';
COMMENT ON CONSTRAINT t_n_pos ON t IS 'old';
