CREATE TABLE `select` (`from` int NOT NULL PRIMARY KEY);
