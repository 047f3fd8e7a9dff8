CREATE TABLE purchase (
  id BIGINT NOT NULL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  item_name VARCHAR(100) NOT NULL
);
