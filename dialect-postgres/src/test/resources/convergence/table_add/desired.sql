CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id bigint PRIMARY KEY, name text NOT NULL, created timestamptz DEFAULT now());
