-- The shop's desired schema: what atlas4j brings the database to before JPA starts.
CREATE TABLE customer (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);

CREATE TABLE purchase (
  id BIGINT NOT NULL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  item_name VARCHAR(100) NOT NULL
);
