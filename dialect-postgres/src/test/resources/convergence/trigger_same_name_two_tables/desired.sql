CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TABLE a (id int, updated timestamptz);
CREATE TABLE b (id int, updated timestamptz);
CREATE TRIGGER last_updated BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER last_updated BEFORE UPDATE ON b FOR EACH ROW EXECUTE FUNCTION touch();
