CREATE TABLE t (a text DEFAULT 'x', b timestamp DEFAULT now(), c varchar(3) DEFAULT 'ab');
