CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE TABLE x (id int);
CREATE TABLE u (id int PRIMARY KEY, login citext UNIQUE, name text);
CREATE INDEX u_name_trgm ON u USING gin (name gin_trgm_ops);
