CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id int CONSTRAINT t_pk PRIMARY KEY, a int CONSTRAINT a_positive CHECK (a > 0),
  p_id int CONSTRAINT t_to_p REFERENCES p, u text CONSTRAINT t_u_unique UNIQUE);
CREATE INDEX t_a_lookup ON t (a);
