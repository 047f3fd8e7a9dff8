CREATE TABLE t (a integer, b bigint, c smallint, d double precision, e real, f boolean, g character varying(5), h timestamp with time zone, i numeric(5,2), j character(2));
