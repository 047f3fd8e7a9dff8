CREATE TABLE `my table` (`the id` int NOT NULL PRIMARY KEY, `order` int, `group` varchar(5), KEY `my idx` (`order`));
