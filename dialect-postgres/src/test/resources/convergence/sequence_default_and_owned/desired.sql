CREATE SEQUENCE ticket_seq;
CREATE TABLE x (id int);
CREATE TABLE ticket (no bigint DEFAULT nextval('ticket_seq') NOT NULL, other bigint);
ALTER SEQUENCE ticket_seq OWNED BY ticket.other;
