CREATE TABLE `select` (`from` int NOT NULL PRIMARY KEY, `where` varchar(3));
