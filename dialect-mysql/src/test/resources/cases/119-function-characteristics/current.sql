CREATE FUNCTION f(x varchar(10)) RETURNS varchar(20) RETURN CONCAT(x, x);
