CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' $$;
CREATE TABLE t (id int PRIMARY KEY CHECK (is_even(id)), code text DEFAULT next_code());
