package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.mysql.internal.MySqlInnoDbForeignKeys.ForeignColumnRow;
import io.atlas4j.mysql.internal.MySqlInnoDbForeignKeys.ForeignRow;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyColumnRow;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlInnoDbForeignKeysTest {
    @Test
    void fileNameEncodingOfAsciiNames() {
        assertThat(MySqlInnoDbForeignKeys.encode("a4j-probe_x")).isEqualTo("a4j@002dprobe_x");
        assertThat(MySqlInnoDbForeignKeys.decode("p@002d1")).isEqualTo("p-1");
        assertThat(MySqlInnoDbForeignKeys.decode(MySqlInnoDbForeignKeys.encode("a b.c$d"))).isEqualTo("a b.c$d");
        assertThat(MySqlInnoDbForeignKeys.encode("tablé")).isNull();
        assertThat(MySqlInnoDbForeignKeys.decode("t@0G")).isNull();
        assertThat(MySqlInnoDbForeignKeys.decode("t@00e9")).isNull();
        assertThat(MySqlInnoDbForeignKeys.idPattern("my_db")).contains("my!_db/%");
    }

    @Test
    void mapsDictionaryRowsToCatalogRows() {
        // Rows as MariaDB 10.11 shows them for: c1 (pa, pb) -> `p-1` (a, b) ON DELETE CASCADE ON UPDATE SET NULL,
        // c1 (x) -> `p-1` (id) NO ACTION, c1 (x) -> other.p1 (id) ON DELETE SET NULL ON UPDATE CASCADE.
        List<ForeignRow> keys = List.of(
                new ForeignRow("a4j@002dx/fk-1", "a4j@002dx/c1", "a4j@002dx/p@002d1", 9),
                new ForeignRow("a4j@002dx/fk2", "a4j@002dx/c1", "a4j@002dx/p@002d1", 48),
                new ForeignRow("a4j@002dx/c1_ibfk_1", "a4j@002dx/c1", "other/p1", 6),
                new ForeignRow("a4j@002dxy/fk9", "a4j@002dxy/c1", "a4j@002dxy/p1", 0));
        List<ForeignColumnRow> cols = List.of(
                new ForeignColumnRow("a4j@002dx/fk-1", "pb", "b", 1),
                new ForeignColumnRow("a4j@002dx/fk-1", "pa", "a", 0),
                new ForeignColumnRow("a4j@002dx/fk2", "x", "id", 0),
                new ForeignColumnRow("a4j@002dx/c1_ibfk_1", "x", "id", 0),
                new ForeignColumnRow("a4j@002dxy/fk9", "y", "id", 0));
        MySqlInnoDbForeignKeys.Rows rows = MySqlInnoDbForeignKeys.map("a4j-x", keys, cols).orElseThrow();
        assertThat(rows.keys()).containsExactly(
                new ForeignKeyRow("c1", "fk-1", "SET NULL", "CASCADE"),
                new ForeignKeyRow("c1", "fk2", "NO ACTION", "NO ACTION"),
                new ForeignKeyRow("c1", "c1_ibfk_1", "CASCADE", "SET NULL"));
        assertThat(rows.columns()).containsExactly(
                new ForeignKeyColumnRow("c1", "fk-1", "pa", "a4j-x", "p-1", "a"),
                new ForeignKeyColumnRow("c1", "fk-1", "pb", "a4j-x", "p-1", "b"),
                new ForeignKeyColumnRow("c1", "fk2", "x", "a4j-x", "p-1", "id"),
                new ForeignKeyColumnRow("c1", "c1_ibfk_1", "x", "other", "p1", "id"));
    }

    @Test
    void unspecifiedRulesAreRestrictAndUnknownNamesFallBack() {
        var rows = MySqlInnoDbForeignKeys.map("d", List.of(new ForeignRow("d/f", "d/c", "d/p", 0)),
                List.of(new ForeignColumnRow("d/f", "x", "id", 0))).orElseThrow();
        assertThat(rows.keys()).containsExactly(new ForeignKeyRow("c", "f", "RESTRICT", "RESTRICT"));
        assertThat(MySqlInnoDbForeignKeys.map("d", List.of(new ForeignRow("d/f", "d/c", "e@0G/p", 0)), List.of())).isEmpty();
        assertThat(MySqlInnoDbForeignKeys.map("d", List.of(new ForeignRow("d/f", "d/c", "d/p", 64)), List.of())).isEmpty();
    }
}
