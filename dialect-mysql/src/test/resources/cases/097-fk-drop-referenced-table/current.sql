CREATE TABLE p (id int NOT NULL PRIMARY KEY, code varchar(10) NOT NULL, UNIQUE KEY uq_code (code));
CREATE TABLE c (id int NOT NULL PRIMARY KEY, p_id int, CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
