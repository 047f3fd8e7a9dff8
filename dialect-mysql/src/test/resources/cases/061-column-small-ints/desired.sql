CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a tinyint unsigned, b mediumint, c smallint unsigned NOT NULL DEFAULT 0
);
