CREATE TABLE x (id int);
CREATE TABLE zbase (created_at timestamp DEFAULT now(), note text);
CREATE TABLE a (id int PRIMARY KEY, note text NOT NULL) INHERITS (zbase);
CREATE TABLE b (CHECK (id > 0)) INHERITS (a);
