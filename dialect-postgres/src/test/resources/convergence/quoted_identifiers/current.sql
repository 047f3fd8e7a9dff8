CREATE TABLE "User" (id int PRIMARY KEY, "order" int);
