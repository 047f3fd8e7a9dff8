CREATE TABLE data (id int, name text);
CREATE VIEW q AS SELECT * FROM data;
