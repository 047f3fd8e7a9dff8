CREATE TABLE t (id integer PRIMARY KEY, email text);
CREATE INDEX t_email_lower ON t (lower(email));
CREATE INDEX t_email_len ON t ((length(email) + 1));
