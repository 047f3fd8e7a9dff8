package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** The catalog rendering folds only what SQLite ignores, and sees what SQLite reports. */
class SqliteCatalogTest {
    static Stream<Arguments> ignored() {
        return Stream.of(
                Arguments.of("CREATE VIEW v AS SELECT a FROM t", "create   view \"V\" as\n  select [A] from `T`"),
                Arguments.of("CREATE VIEW v AS SELECT a FROM t", "CREATE VIEW v AS /* why */ SELECT a -- a column\n FROM t;"),
                Arguments.of("SELECT \"a\"\"b\" FROM t", "select `a\"b` from T"),
                Arguments.of("SELECT 1.50 + x'0A'", "SELECT 1.50+x'0A'"));
    }

    static Stream<Arguments> seen() {
        return Stream.of(
                Arguments.of("SELECT 'a' FROM t", "SELECT 'A' FROM t"),
                Arguments.of("SELECT 1.5", "SELECT 1.50"),
                Arguments.of("SELECT x'0a'", "SELECT x'0A'"),
                Arguments.of("SELECT a FROM t", "SELECT a AS a FROM t"),
                Arguments.of("SELECT a FROM t1", "SELECT a FROM t2"));
    }

    @ParameterizedTest
    @MethodSource("ignored")
    void sameWhenSqliteIgnoresTheDifference(String a, String b) {
        assertThat(SqliteCatalog.normalizeSql(a)).isEqualTo(SqliteCatalog.normalizeSql(b));
    }

    @ParameterizedTest
    @MethodSource("seen")
    void differentWhenSqliteSeesIt(String a, String b) {
        assertThat(SqliteCatalog.normalizeSql(a)).isNotEqualTo(SqliteCatalog.normalizeSql(b));
    }

    @Test
    void typesFoldCaseAndSpacing() {
        assertThat(SqliteCatalog.normalizeType("varchar  (  10 , 2 )")).isEqualTo(SqliteCatalog.normalizeType("VARCHAR(10,2)"));
        assertThat(SqliteCatalog.normalizeType("DOUBLE   PRECISION")).isEqualTo("double precision");
        assertThat(SqliteCatalog.normalizeType("INT")).isNotEqualTo(SqliteCatalog.normalizeType("INTEGER"));
    }

    @Test
    void foldsAsciiOnlyLikeSqlite() {
        assertThat(SqliteCatalog.fold("ÄBc")).isEqualTo("Äbc");
    }

    @Test
    void seesDeclaredNotNullOnARowidAlias() throws SQLException {
        List<String> plain = render("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT)");
        List<String> declared = render("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY, a TEXT)");
        assertThat(SqliteCatalog.difference(plain, declared))
                .containsExactly("- column t #0 id type=integer notnull=0 default=none pk=1 hidden=0",
                        "+ column t #0 id type=integer notnull=1 default=none pk=1 hidden=0");
    }

    @Test
    void seesIndexesKeysOptionsViewsTriggersAndAutoincrement() throws SQLException {
        String base = "CREATE TABLE p (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT COLLATE NOCASE UNIQUE);"
                + "CREATE TABLE c (id INTEGER, p INTEGER REFERENCES p (id) ON DELETE CASCADE, PRIMARY KEY (id)) STRICT;"
                + "CREATE INDEX c_p ON c (p DESC) WHERE p > 0;"
                + "CREATE VIEW v AS SELECT name FROM p;"
                + "CREATE TRIGGER tr AFTER INSERT ON c BEGIN SELECT 1; END;";
        List<String> r = render(base);
        assertThat(r).contains("sqlite_sequence exists", "table c type=table without_rowid=0 strict=1",
                "index c c_p unique=0 origin=c partial=1", "index c c_p part #0 cid=1 p desc=1 coll=binary key=1",
                "foreign_key c [p] references p [id] on_update=NO ACTION on_delete=CASCADE match=NONE",
                "view v on v sql=create view v as select name from p");
        assertThat(r).anyMatch(l -> l.startsWith("index p u[") && l.contains("coll=nocase"));
        assertThat(SqliteCatalog.difference(r, render(base.replace("ON DELETE CASCADE", "")))).hasSize(2);
        assertThat(SqliteCatalog.difference(r, render(base.replace("p DESC", "p")))).isNotEmpty();
        assertThat(SqliteCatalog.difference(r, render(base.replace(" STRICT", "")))).hasSize(2);
        assertThat(SqliteCatalog.difference(r, render(base.replace("SELECT 1", "SELECT 2")))).hasSize(2);
        assertThat(SqliteCatalog.difference(r, render(base.replace(" AUTOINCREMENT", "")))).containsExactly("- sqlite_sequence exists");
        assertThat(SqliteCatalog.difference(r, render(base.replace("CREATE VIEW v", "CREATE  VIEW \"V\"")))).isEmpty();
    }

    private static List<String> render(String script) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            for (var st : SqliteDb.DIALECT.syntax().splitter().split(script)) s.execute(st.sql());
            return SqliteCatalog.render(c);
        }
    }
}
