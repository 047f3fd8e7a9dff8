CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::int $$;
CREATE TABLE x (id int);
CREATE TABLE t (id int PRIMARY KEY CHECK (is_even(id)), code text DEFAULT next_code());
