CREATE TABLE t (id int PRIMARY KEY, name text, code text COLLATE "C");
CREATE INDEX t_name ON t (name COLLATE "C");
CREATE INDEX t_lower ON t ((lower(name)) COLLATE "C");
CREATE INDEX t_code ON t (code COLLATE "default", name COLLATE "POSIX" DESC);
CREATE INDEX t_code_lower ON t (lower(code));
