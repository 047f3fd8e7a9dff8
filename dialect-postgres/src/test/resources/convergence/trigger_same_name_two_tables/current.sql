CREATE TABLE a (id int, updated timestamptz);
CREATE TABLE b (id int, updated timestamptz);
