CREATE TABLE a (id smallserial PRIMARY KEY, name text);
CREATE TABLE b (id serial PRIMARY KEY, name text);
CREATE TABLE c (id bigserial PRIMARY KEY, name text);
