-- The shop's schema after dropping purchases: a destructive change.
CREATE TABLE customer (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL
);
