CREATE TABLE t (id integer PRIMARY KEY, ip inet, net cidr, mac macaddr, mac8 macaddr8, flags bit(8), vb varbit(16),
  during tstzrange, span int4range, days daterange, nums numrange, multi int4multirange);
