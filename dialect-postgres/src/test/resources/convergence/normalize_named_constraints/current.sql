CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (id int PRIMARY KEY, p int REFERENCES p, u text UNIQUE, q int CHECK (q > 0));
