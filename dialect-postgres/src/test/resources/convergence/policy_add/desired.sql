CREATE FUNCTION current_tenant() RETURNS int LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE TABLE users (id int PRIMARY KEY, tenant int);
CREATE TABLE orders (id int PRIMARY KEY, user_id int);
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users USING (tenant = current_tenant());
CREATE POLICY "select" ON users AS RESTRICTIVE FOR SELECT TO PUBLIC USING (id > 0);
CREATE POLICY orders_user ON orders FOR INSERT WITH CHECK (user_id IN (SELECT id FROM users));
