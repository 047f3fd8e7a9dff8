CREATE TYPE status AS ENUM ('new', 'running', 'done');
CREATE TABLE job (id int PRIMARY KEY, s status DEFAULT 'running');
