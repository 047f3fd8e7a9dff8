-- A small blog: users write posts, readers comment, posts carry tags.
-- Apply it with: ./atlas4j schema apply --url sqlite://demo.db --to file://examples/blog/schema.sql

CREATE TABLE users (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    email      TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    bio        TEXT,
    created_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX users_email ON users (email);

CREATE TABLE posts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slug         TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    body         TEXT    NOT NULL DEFAULT '',
    status       TEXT    NOT NULL DEFAULT 'draft',
    published_at TEXT,
    updated_at   TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT posts_status CHECK (status IN ('draft', 'published', 'archived'))
);
CREATE UNIQUE INDEX posts_slug ON posts (slug);
CREATE INDEX posts_author_published ON posts (author_id, published_at DESC);

CREATE TABLE comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX comments_post ON comments (post_id, created_at);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL COLLATE NOCASE UNIQUE
);

CREATE TABLE post_tags (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    tag_id  INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX post_tags_tag ON post_tags (tag_id);

-- Published posts with their author, newest first.
CREATE VIEW published_posts AS
SELECT p.id, p.slug, p.title, u.name AS author, p.published_at
FROM posts p JOIN users u ON u.id = p.author_id
WHERE p.status = 'published';

-- Keep updated_at current on every edit of a post.
CREATE TRIGGER posts_touch AFTER UPDATE OF title, body, status ON posts
BEGIN
    UPDATE posts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
