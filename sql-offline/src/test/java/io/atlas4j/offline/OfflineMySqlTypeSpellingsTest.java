package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mysql.KeyBlockSize;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.UnsupportedType;
import io.atlas4j.spi.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Type spellings MariaDB rewrites (national types, {@code BINARY}, {@code bit(n)}) and {@code KEY_BLOCK_SIZE}. */
class OfflineMySqlTypeSpellingsTest {
    private static final Dialect D = MySqlDialect.create();

    private static Table table(String sql) {
        Schema s = OfflineSchemas.load(sql, "schema.sql", D);
        return s.tables().get(0);
    }

    @Test
    void nationalTypesAreUtf8mb3() {
        Table t = table("CREATE TABLE a (t NVARCHAR(160) NOT NULL, c NCHAR(3), v NATIONAL VARCHAR(5)) DEFAULT CHARSET=utf8mb4");
        Column title = t.column("t").orElseThrow();
        assertThat(title.type()).isEqualTo(D.types().parse("varchar(160)"));
        assertThat(title.attrs().get(Charset.class)).contains(new Charset("utf8mb3"));
        assertThat(title.attrs().get(Collation.class)).contains(new Collation("utf8mb3_general_ci"));
        assertThat(t.column("c").orElseThrow().type()).isEqualTo(D.types().parse("char(3)"));
        assertThat(t.column("v").orElseThrow().type()).isEqualTo(D.types().parse("varchar(5)"));
    }

    @Test
    void binaryTakesTheBinaryCollationOfTheCharset() {
        Table t = table("CREATE TABLE u (w varchar(64) BINARY NOT NULL, l text BINARY) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_general_ci");
        Column w = t.column("w").orElseThrow();
        assertThat(w.type()).isInstanceOf(StringType.class).isEqualTo(D.types().parse("varchar(64)"));
        assertThat(w.attrs().get(Collation.class)).contains(new Collation("latin1_bin"));
        assertThat(w.attrs().get(Charset.class)).contains(new Charset("latin1"));
        assertThat(t.column("l").orElseThrow().attrs().get(Collation.class)).contains(new Collation("latin1_bin"));
    }

    @Test
    void bitIsCarriedAsTheCatalogSpellsIt() {
        Table t = table("CREATE TABLE `t` (`c1` bit(1) NOT NULL, `c3` bit(64) NOT NULL)");
        assertThat(t.column("c1").orElseThrow().type()).isEqualTo(new UnsupportedType("bit(1)"));
        assertThat(t.column("c3").orElseThrow().type()).isEqualTo(new UnsupportedType("bit(64)"));
    }

    @Test
    void enumValuesInDoubleQuotesAreStrings() {
        Table t = table("CREATE TABLE users (active enum(\"active\", 'in''active', \"say \"\"hi\"\"\"), s SET ( 'a' , 'b' ))");
        assertThat(t.column("active").orElseThrow().type()).isEqualTo(D.types().parse("enum('active','in''active','say \"hi\"')"));
        assertThat(t.column("s").orElseThrow().type()).isEqualTo(D.types().parse("set('a','b')"));
    }

    @Test
    void introducedStringDefaultsOnLargeColumns() {
        Table t = table("CREATE TABLE h (j json NOT NULL DEFAULT (_utf8mb4'{}'), a text DEFAULT (_UTF8MB4 'x'), b blob DEFAULT (_binary'y'))");
        assertThat(t.column("j").orElseThrow().defaultValue().map(e -> e.sql())).contains("_utf8mb4'{}'");
        assertThat(t.column("a").orElseThrow().defaultValue().map(e -> e.sql())).contains("_utf8mb4'x'");
        assertThat(t.column("b").orElseThrow().defaultValue().map(e -> e.sql())).contains("_binary'y'");
    }

    @Test
    void keyBlockSize() {
        assertThat(table("CREATE TABLE users (id BIGINT) KEY_BLOCK_SIZE=8").attrs().get(KeyBlockSize.class)).contains(new KeyBlockSize(8));
        assertThat(table("CREATE TABLE users (id BIGINT) KEY_BLOCK_SIZE=0").attrs().has(KeyBlockSize.class)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE TABLE u (w varchar(64) BINARY)",
            "CREATE TABLE u (w varchar(64) BINARY COLLATE utf8mb4_bin) DEFAULT CHARSET=utf8mb4",
            "CREATE TABLE u (w NVARCHAR(10) CHARACTER SET latin1)",
            "CREATE TABLE u (w varchar(3) CHARACTER SET latin1 BINARY)",
            "CREATE TABLE u (b bit(65))",
            "CREATE TABLE u (b bit(1) DEFAULT b'1')",
            "CREATE TABLE u (id int) KEY_BLOCK_SIZE=3",
            "CREATE TABLE u (e enum('a '))",
            "CREATE TABLE u (e enum('a\\nb'))",
            "CREATE TABLE u (e enum(1, 2))",
            "CREATE TABLE u (v varchar(3) DEFAULT (_latin1'x'))",
            "CREATE TABLE u (id int) ROW_FORMAT=DYNAMIC KEY_BLOCK_SIZE=8",
    })
    void refusesWhatItCannotModelExactly(String sql) {
        assertThatThrownBy(() -> table(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }
}
