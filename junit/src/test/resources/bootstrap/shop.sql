CREATE TABLE users (
  id INTEGER NOT NULL PRIMARY KEY,
  email VARCHAR(200) NOT NULL,
  name VARCHAR(100)
);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE TABLE orders (
  id INTEGER NOT NULL PRIMARY KEY,
  user_id INTEGER NOT NULL,
  total DECIMAL(10, 2),
  CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX orders_user ON orders (user_id);
