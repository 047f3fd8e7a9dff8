CREATE TABLE p (id int NOT NULL PRIMARY KEY, code varchar(10) NOT NULL, UNIQUE KEY uq_code (code));
CREATE TABLE c (id int NOT NULL PRIMARY KEY, code varchar(10), CONSTRAINT fk_code FOREIGN KEY (code) REFERENCES p (code) ON DELETE SET NULL);
