CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE INDEX t_name ON t (name);
COMMENT ON TABLE t IS 'the table';
COMMENT ON COLUMN t.name IS 'it''s a name';
COMMENT ON INDEX t_name IS 'lookup';
