CREATE SCHEMA other;
CREATE TYPE other.mood AS ENUM ('sad', 'ok');
CREATE TABLE t (id int PRIMARY KEY, m other.mood);
CREATE TABLE keep (id int, m other.mood);
