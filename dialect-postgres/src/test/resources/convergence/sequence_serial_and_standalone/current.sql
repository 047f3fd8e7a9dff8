CREATE TABLE t (id serial PRIMARY KEY, name text);
CREATE SEQUENCE u_id_seq;
CREATE TABLE u (id integer NOT NULL DEFAULT nextval('u_id_seq') PRIMARY KEY, name text);
INSERT INTO t (name) VALUES ('a'), ('b');
INSERT INTO u (name) VALUES ('a');
