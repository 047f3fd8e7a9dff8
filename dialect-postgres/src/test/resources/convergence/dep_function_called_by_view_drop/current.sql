CREATE TABLE film (id int PRIMARY KEY, title text);
CREATE FUNCTION films_like(p text) RETURNS SETOF film LANGUAGE sql AS 'SELECT * FROM film WHERE title LIKE p';
CREATE VIEW a_films AS SELECT * FROM films_like('A%');
CREATE TABLE keep (id int);
