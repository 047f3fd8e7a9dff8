CREATE TABLE t (id int NOT NULL, a int, PRIMARY KEY (id));
