CREATE TABLE t (id integer PRIMARY KEY, grp int);
CREATE MATERIALIZED VIEW counts AS SELECT grp, count(*) AS n, max(id) AS top FROM t GROUP BY grp;
CREATE INDEX counts_n ON counts (n);
