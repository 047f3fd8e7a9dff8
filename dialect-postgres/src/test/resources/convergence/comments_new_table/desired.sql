CREATE TABLE x (id int);
CREATE TABLE t (id integer CONSTRAINT t_pk PRIMARY KEY, qty int CONSTRAINT qty_pos CHECK (qty > 0));
COMMENT ON TABLE t IS 'new table';
COMMENT ON COLUMN t.qty IS 'quantity';
COMMENT ON CONSTRAINT qty_pos ON t IS 'must be positive';
