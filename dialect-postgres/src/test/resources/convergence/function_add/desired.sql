CREATE TABLE x (id int);
CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION add(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
CREATE FUNCTION hello(name text) RETURNS text LANGUAGE plpgsql AS $body$
BEGIN
  RETURN 'hello ' || name || ';';
END;
$body$;
COMMENT ON FUNCTION hello(text) IS 'greets';
