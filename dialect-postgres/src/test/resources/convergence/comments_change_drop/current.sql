CREATE TABLE t (id integer PRIMARY KEY, name text);
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.name IS 'name';
