CREATE TABLE t (a text DEFAULT 'x'::text, b timestamp DEFAULT now(), c varchar(3) DEFAULT 'ab'::character varying);
