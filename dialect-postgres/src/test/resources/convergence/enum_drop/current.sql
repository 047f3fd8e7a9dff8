CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TABLE t (id int, c color);
