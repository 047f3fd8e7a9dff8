CREATE FUNCTION greet(old_name text) RETURNS text LANGUAGE sql AS $$ SELECT 'hi ' || old_name $$;
