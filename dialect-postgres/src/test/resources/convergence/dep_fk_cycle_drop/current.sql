CREATE TABLE x (id int);
CREATE TABLE dept (id int PRIMARY KEY, manager int);
CREATE TABLE emp (id int PRIMARY KEY, dept int REFERENCES dept);
ALTER TABLE dept ADD FOREIGN KEY (manager) REFERENCES emp;
