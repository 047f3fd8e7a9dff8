CREATE TABLE t (id integer PRIMARY KEY, a int, b int, total int GENERATED ALWAYS AS (a + b) STORED);
