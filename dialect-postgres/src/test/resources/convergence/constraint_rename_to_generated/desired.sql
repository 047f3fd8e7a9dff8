CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a > 0), p_id int REFERENCES p, u text UNIQUE);
CREATE INDEX ON t (a);
