CREATE TABLE t (a int4, b int8, c int2, d float8, e float4, f bool, g varchar(5), h timestamptz, i decimal(5,2), j bpchar(2));
