CREATE SCHEMA other;
CREATE TYPE other.mood AS ENUM ('sad', 'ok');
CREATE TABLE keep (id int, m other.mood, note text);
INSERT INTO keep VALUES (1, 'ok', 'kept');
