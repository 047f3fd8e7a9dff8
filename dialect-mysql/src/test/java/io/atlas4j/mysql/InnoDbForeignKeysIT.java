package io.atlas4j.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.inspect.Queries;
import io.atlas4j.mysql.internal.MySqlInnoDbForeignKeys;
import io.atlas4j.mysql.internal.MySqlQueries;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyColumnRow;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyRow;
import org.junit.jupiter.api.Test;

/**
 * The foreign keys read from InnoDB's dictionary are the rows REFERENTIAL_CONSTRAINTS and
 * KEY_COLUMN_USAGE give, for names that need the file-name encoding, every rule, composite keys
 * and a reference into another schema.
 */
class InnoDbForeignKeysIT {
    @Test
    void dictionaryRowsEqualInformationSchemaRows() throws Exception {
        try (MariaDb.Db other = new MariaDb.Db("a4j_fkref"); MariaDb.Db db = new MariaDb.Db("a4j-fk")) {
            other.exec("CREATE TABLE p1 (id int PRIMARY KEY)");
            db.exec("CREATE TABLE `p-1` (id int PRIMARY KEY, a int, b int, UNIQUE KEY (a, b))");
            db.exec("CREATE TABLE `c 1` (id int PRIMARY KEY, pa int, pb int, x int, y int,"
                    + " CONSTRAINT `fk-1` FOREIGN KEY (pa, pb) REFERENCES `p-1` (a, b) ON DELETE CASCADE ON UPDATE SET NULL,"
                    + " CONSTRAINT fk2 FOREIGN KEY (x) REFERENCES `p-1` (id) ON DELETE NO ACTION ON UPDATE NO ACTION,"
                    + " CONSTRAINT fk3 FOREIGN KEY (y) REFERENCES `p-1` (id) ON DELETE RESTRICT ON UPDATE CASCADE,"
                    + " FOREIGN KEY (x) REFERENCES `" + other.name + "`.p1 (id) ON DELETE SET NULL)");
            db.exec("CREATE TABLE c2 (id int PRIMARY KEY, x int, FOREIGN KEY (x) REFERENCES `c 1` (id))");
            Queries q = new Queries("mysql", db.connection);
            var pattern = MySqlInnoDbForeignKeys.idPattern(db.name).orElseThrow();
            var rows = MySqlInnoDbForeignKeys.map(db.name,
                    q.list("k", MySqlQueries.INNODB_FOREIGN_KEYS, MySqlInnoDbForeignKeys.ForeignRow.MAP, pattern),
                    q.list("c", MySqlQueries.INNODB_FOREIGN_KEY_COLUMNS, MySqlInnoDbForeignKeys.ForeignColumnRow.MAP, pattern))
                    .orElseThrow();
            var keys = q.list("fk", MySqlQueries.FOREIGN_KEYS, ForeignKeyRow.MAP, db.name);
            var columns = q.list("fkc", MySqlQueries.FOREIGN_KEY_COLUMNS, ForeignKeyColumnRow.MAP, db.name);
            assertThat(keys).hasSize(5);
            assertThat(rows.keys()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(columns).hasSize(6);
            assertThat(rows.columns()).containsExactlyInAnyOrderElementsOf(columns);
            // Column order inside one key follows the key.
            assertThat(rows.columns().stream().filter(c -> c.name().equals("fk-1")).map(ForeignKeyColumnRow::column))
                    .containsExactly("pa", "pb");
        }
    }
}
