CREATE TABLE payment (id int, at date NOT NULL);
CREATE TABLE payment_2024 (CHECK (at >= '2024-01-01' AND at < '2025-01-01')) INHERITS (payment);
CREATE RULE payment_insert_2024 AS ON INSERT TO payment WHERE (new.at >= '2024-01-01' AND new.at < '2025-01-01')
  DO INSTEAD INSERT INTO payment_2024 VALUES (new.id, new.at);
CREATE TABLE other (id int);
