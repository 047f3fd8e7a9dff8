CREATE TABLE c (id int NOT NULL PRIMARY KEY, p_id int);
