CREATE TABLE t (
  id int NOT NULL PRIMARY KEY,
  a int
);
DELIMITER $$
CREATE PROCEDURE bump(IN n int, OUT total int)
BEGIN
  UPDATE t SET a = a + n;
  SELECT COUNT(*) INTO total FROM t;
END$$
DELIMITER ;
