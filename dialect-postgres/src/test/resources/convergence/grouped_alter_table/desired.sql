CREATE TABLE t (id int PRIMARY KEY, a varchar(50) NOT NULL DEFAULT '', b bigint, d int UNIQUE, CHECK (d <> 0));
