CREATE TABLE timestamp_base (created_at timestamp DEFAULT now(), f text);
CREATE TABLE a (a1 integer) INHERITS (timestamp_base);
