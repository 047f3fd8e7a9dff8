CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a bigint NOT NULL DEFAULT 0, b varchar(50) COLLATE utf8mb4_bin, d int
);
