CREATE DOMAIN email AS text;
CREATE TABLE users (id int PRIMARY KEY, mail text);
