CREATE TABLE parent (id int NOT NULL PRIMARY KEY);
CREATE TABLE added (id int NOT NULL PRIMARY KEY, a int, INDEX ix_added_a (a),
  CONSTRAINT added_fk FOREIGN KEY (a) REFERENCES parent (id));
CREATE TABLE implicit_by_column (id int NOT NULL PRIMARY KEY, a int, INDEX ix_by_column_a (a), FOREIGN KEY (a) REFERENCES parent (id));
CREATE TABLE implicit_by_name (id int NOT NULL PRIMARY KEY, a int, b int, INDEX ix_by_name_a (a),
  CONSTRAINT implicit_by_name_fk FOREIGN KEY (a) REFERENCES parent (id));
CREATE TABLE covered (id int NOT NULL PRIMARY KEY, a int, b int, INDEX ix_covered_ab (a, b),
  CONSTRAINT covered_fk FOREIGN KEY (a) REFERENCES parent (id));
