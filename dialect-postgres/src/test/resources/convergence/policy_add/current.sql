CREATE TABLE users (id int PRIMARY KEY, tenant int);
