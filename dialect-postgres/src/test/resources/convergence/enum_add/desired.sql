CREATE TABLE x (id int);
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id int PRIMARY KEY, m mood DEFAULT 'ok', history mood[]);
