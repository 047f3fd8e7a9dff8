CREATE TABLE "User" (id int PRIMARY KEY, "order" bigint, "Select" text, "with space" int);
CREATE INDEX "User_Idx" ON "User" ("order", "Select");
CREATE TABLE "group" ("user" int REFERENCES "User" (id));
