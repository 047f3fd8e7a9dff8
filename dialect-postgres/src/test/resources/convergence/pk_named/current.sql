CREATE TABLE t (a integer NOT NULL);
