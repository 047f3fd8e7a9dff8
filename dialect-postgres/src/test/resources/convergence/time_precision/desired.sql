CREATE TABLE t (id integer PRIMARY KEY, at timestamptz(3), t time(0) with time zone, d timestamp);
