CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE t (id serial PRIMARY KEY, k kind, name text UNIQUE);
CREATE INDEX t_name_lower ON t (lower(name));
CREATE VIEW tv AS SELECT id, k FROM t;
