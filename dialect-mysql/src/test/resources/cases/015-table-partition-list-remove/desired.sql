CREATE TABLE t (id int NOT NULL, r int NOT NULL);
