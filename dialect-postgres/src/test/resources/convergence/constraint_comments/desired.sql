CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE t (id int CONSTRAINT t_pk PRIMARY KEY, p_id int CONSTRAINT t_p_fk REFERENCES p, n int CONSTRAINT t_n_pos CHECK (n > 0),
  u text CONSTRAINT t_u_uq UNIQUE, o int CONSTRAINT t_o_pos CHECK (o > 0), w int);
ALTER TABLE t ADD CONSTRAINT t_w_pos CHECK (w > 0);
COMMENT ON CONSTRAINT t_pk ON t IS 'the key';
COMMENT ON CONSTRAINT t_p_fk ON t IS 'points at p';
COMMENT ON CONSTRAINT t_n_pos ON t IS 'new';
COMMENT ON CONSTRAINT t_u_uq ON t IS 'unique u';
COMMENT ON CONSTRAINT p_pkey ON p IS 'generated name';
COMMENT ON CONSTRAINT t_w_pos ON t IS 'added with its check';
