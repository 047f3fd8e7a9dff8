CREATE TABLE t (code int PRIMARY KEY, uid uuid NOT NULL DEFAULT gen_random_uuid());
