CREATE TABLE t (id integer PRIMARY KEY, grp int);
CREATE MATERIALIZED VIEW counts AS SELECT grp, count(*) AS n FROM t GROUP BY grp;
CREATE UNIQUE INDEX counts_grp ON counts (grp);
