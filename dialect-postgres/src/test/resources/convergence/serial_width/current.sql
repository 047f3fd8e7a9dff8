CREATE TABLE a (id serial PRIMARY KEY, name text);
CREATE TABLE b (id bigserial PRIMARY KEY, name text);
CREATE TABLE c (id smallserial PRIMARY KEY, name text);
INSERT INTO a (name) VALUES ('x'), ('y');
INSERT INTO b (name) VALUES ('x');
INSERT INTO c (name) VALUES ('x');
