CREATE SEQUENCE t_id_seq INCREMENT 2;
CREATE TABLE t (id integer NOT NULL DEFAULT nextval('t_id_seq') PRIMARY KEY, name text);
CREATE TABLE u (id serial PRIMARY KEY, name text);
