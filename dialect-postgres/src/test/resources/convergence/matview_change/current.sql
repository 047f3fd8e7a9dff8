CREATE TABLE t (id integer PRIMARY KEY, grp int);
CREATE MATERIALIZED VIEW counts AS SELECT grp, count(*) AS n FROM t GROUP BY grp;
