CREATE TABLE x (id int);
CREATE TYPE address AS (street text, city varchar(40), zip char(5));
CREATE TABLE customer (id int PRIMARY KEY, home address);
