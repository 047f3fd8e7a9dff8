CREATE SCHEMA other;
CREATE TABLE keep (id int);
