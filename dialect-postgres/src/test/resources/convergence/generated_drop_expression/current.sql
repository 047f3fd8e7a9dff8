CREATE TABLE t (id integer PRIMARY KEY, a int, twice int GENERATED ALWAYS AS (a * 2) STORED);
