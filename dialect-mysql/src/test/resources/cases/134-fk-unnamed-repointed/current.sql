CREATE TABLE users (id int NOT NULL PRIMARY KEY);
CREATE TABLE admins (id int NOT NULL PRIMARY KEY);
CREATE TABLE posts (
  id int NOT NULL PRIMARY KEY,
  author_id int,
  editor_id int,
  FOREIGN KEY (author_id) REFERENCES users (id),
  FOREIGN KEY (editor_id) REFERENCES users (id)
);
