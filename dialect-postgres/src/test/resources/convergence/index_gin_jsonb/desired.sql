CREATE TABLE t (id integer PRIMARY KEY, doc jsonb, tags text[]);
CREATE INDEX t_doc ON t USING gin (doc jsonb_path_ops);
CREATE INDEX t_tags ON t USING gin (tags);
