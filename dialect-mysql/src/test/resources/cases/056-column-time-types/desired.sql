CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a year, b date, c time(3), d timestamp NULL
);
