-- The reading list's schema: what atlas4j brings the database to before JPA starts.
-- Edit it and restart the application: atlas4j applies just the difference (and refuses drops
-- unless atlas4j.allow-destructive=true).

CREATE TABLE author (
    id   INTEGER      PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(200) NOT NULL
);
CREATE UNIQUE INDEX author_name ON author (name);

CREATE TABLE book (
    id        INTEGER      PRIMARY KEY AUTOINCREMENT,
    title     VARCHAR(300) NOT NULL,
    author_id INTEGER      NOT NULL REFERENCES author (id),
    status    VARCHAR(20)  NOT NULL DEFAULT 'WANT',
    CONSTRAINT book_status CHECK (status IN ('WANT', 'READING', 'FINISHED'))
);
CREATE INDEX book_author ON book (author_id);
