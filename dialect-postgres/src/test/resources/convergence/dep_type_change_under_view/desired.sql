CREATE TABLE t (id integer PRIMARY KEY, amount numeric(12,2));
CREATE VIEW big AS SELECT id, amount FROM t WHERE amount > 100;
CREATE VIEW bigger AS SELECT id FROM big;
