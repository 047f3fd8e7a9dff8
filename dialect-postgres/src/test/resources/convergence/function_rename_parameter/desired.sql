CREATE FUNCTION greet(new_name text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || new_name $$;
