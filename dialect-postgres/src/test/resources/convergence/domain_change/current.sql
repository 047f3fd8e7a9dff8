CREATE DOMAIN code AS varchar(10) DEFAULT 'x' CONSTRAINT code_len CHECK (length(VALUE) > 1);
