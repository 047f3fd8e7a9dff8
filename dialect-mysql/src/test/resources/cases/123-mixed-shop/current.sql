CREATE TABLE customer (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50));
