CREATE TABLE p (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE c (id int NOT NULL PRIMARY KEY, a int, b int);
