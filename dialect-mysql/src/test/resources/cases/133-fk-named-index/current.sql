CREATE TABLE parent (id int NOT NULL PRIMARY KEY);
CREATE TABLE added (id int NOT NULL PRIMARY KEY, a int);
CREATE TABLE implicit_by_column (id int NOT NULL PRIMARY KEY, a int, FOREIGN KEY (a) REFERENCES parent (id));
CREATE TABLE implicit_by_name (id int NOT NULL PRIMARY KEY, a int, b int,
  CONSTRAINT implicit_by_name_fk FOREIGN KEY (a) REFERENCES parent (id));
CREATE TABLE covered (id int NOT NULL PRIMARY KEY, a int, b int, CONSTRAINT covered_fk FOREIGN KEY (a) REFERENCES parent (id));
