CREATE TABLE t (id integer PRIMARY KEY, code text, vcode varchar(20));
CREATE INDEX t_code_prefix ON t (code text_pattern_ops);
CREATE INDEX t_vcode_prefix ON t (vcode varchar_pattern_ops);
