CREATE DOMAIN a_base AS integer CHECK (VALUE > 0);
CREATE DOMAIN z_small AS a_base CHECK (VALUE < 100);
CREATE DOMAIN b_top AS z_small;
CREATE FUNCTION half(x b_top) RETURNS integer LANGUAGE sql AS 'SELECT x / 2';
CREATE TABLE t (id int PRIMARY KEY, v b_top);
