CREATE TABLE records (id int NOT NULL PRIMARY KEY, created_at datetime NOT NULL);
