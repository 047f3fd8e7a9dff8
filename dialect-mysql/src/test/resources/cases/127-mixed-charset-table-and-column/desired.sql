CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a varchar(10), b varchar(10) CHARACTER SET latin1
) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
