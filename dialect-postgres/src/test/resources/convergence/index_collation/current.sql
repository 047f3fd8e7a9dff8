CREATE TABLE t (id int PRIMARY KEY, name text, code text COLLATE "C");
CREATE INDEX t_name ON t (name);
CREATE INDEX t_lower ON t (lower(name));
CREATE INDEX t_code ON t (code);
