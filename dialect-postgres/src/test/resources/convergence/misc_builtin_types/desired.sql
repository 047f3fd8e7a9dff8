CREATE TABLE t (id integer PRIMARY KEY, iv interval, iv2 interval hour to minute, m money, x xml, ts tsvector, q tsquery,
  p point, b box, c circle, bin bytea, r real, dp double precision, s smallint, ch char(3), j json, o oid);
