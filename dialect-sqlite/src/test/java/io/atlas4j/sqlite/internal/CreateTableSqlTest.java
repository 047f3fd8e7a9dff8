package io.atlas4j.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.sqlite.internal.CreateTableSql.CheckDef;
import io.atlas4j.sqlite.internal.CreateTableSql.ForeignKeyDef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateTableSqlTest {
    @Test
    void readsColumnCollationsAndGeneratedExpressions() {
        CreateTableSql t = CreateTableSql.parse("CREATE TABLE t (a TEXT COLLATE nocase NOT NULL, \"b c\" INT GENERATED ALWAYS AS "
                + "(a || 'x(') STORED, d AS (length(a)), e VARCHAR(10) DEFAULT ('as') COLLATE rtrim)");
        assertThat(t.columns()).hasSize(4);
        assertThat(t.column("A").get().collation()).contains("nocase");
        assertThat(t.column("b c").get().generated()).contains("a || 'x('");
        assertThat(t.column("d").get().generated()).contains("length(a)");
        assertThat(t.column("e").get().collation()).contains("rtrim");
        assertThat(t.column("e").get().generated()).isEmpty();
    }

    @Test
    void readsNamedAndUnnamedChecks() {
        CreateTableSql t = CreateTableSql.parse("CREATE TABLE t (a INT CHECK (a > 0) CONSTRAINT nn NOT NULL CHECK (a < 10), "
                + "b INT CONSTRAINT b_pos CHECK (b >= 0), CONSTRAINT \"two cols\" CHECK (a <> b), CHECK ((a + b) % 2 = 0))");
        assertThat(t.checks()).containsExactly(new CheckDef("", "a > 0"), new CheckDef("", "a < 10"), new CheckDef("b_pos", "b >= 0"),
                new CheckDef("two cols", "a <> b"), new CheckDef("", "(a + b) % 2 = 0"));
    }

    @Test
    void readsForeignKeyNamesAndDeferrability() {
        CreateTableSql t = CreateTableSql.parse("CREATE TABLE c (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                + "p INT CONSTRAINT c_p REFERENCES parent (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED, "
                + "q INT REFERENCES parent, x INT, y INT, "
                + "CONSTRAINT c_xy FOREIGN KEY (x, y) REFERENCES [other] (a, b) ON UPDATE NO ACTION NOT DEFERRABLE INITIALLY DEFERRED, "
                + "FOREIGN KEY (y) REFERENCES other (b) MATCH SIMPLE DEFERRABLE INITIALLY IMMEDIATE)");
        assertThat(t.autoincrement()).isTrue();
        assertThat(t.foreignKeys()).containsExactly(
                new ForeignKeyDef("c_p", List.of("p"), "parent", List.of("id"), true),
                new ForeignKeyDef("", List.of("q"), "parent", List.of(), false),
                new ForeignKeyDef("c_xy", List.of("x", "y"), "other", List.of("a", "b"), false),
                new ForeignKeyDef("", List.of("y"), "other", List.of("b"), false));
    }

    @Test
    void ignoresCommentsAndKeywordsInStrings() {
        CreateTableSql t = CreateTableSql.parse("CREATE TABLE t ( -- a comment, with CHECK (x)\n a TEXT DEFAULT 'CHECK (1)' /* COLLATE x */,"
                + " b TEXT, UNIQUE (a, b) ON CONFLICT REPLACE) WITHOUT ROWID");
        assertThat(t.checks()).isEmpty();
        assertThat(t.column("a").get().collation()).isEqualTo(Optional.empty());
        assertThat(t.uniques()).hasSize(1);
        assertThat(t.columns()).extracting(CreateTableSql.ColumnDef::name).containsExactly("a", "b");
        assertThat(t.autoincrement()).isFalse();
    }

    @Test
    void readsIndexPartsAndPredicate() {
        IndexSql i = IndexSql.parse("CREATE UNIQUE INDEX IF NOT EXISTS i ON t (lower(a) DESC, b COLLATE nocase ASC, \"c\") WHERE c IN (1, 2)");
        assertThat(i.parts()).containsExactly("lower(a)", "b", "\"c\"");
        assertThat(i.where()).contains("c IN (1, 2)");
        assertThat(IndexSql.parse("CREATE INDEX i ON t(a)").where()).isEmpty();
    }

    @Test
    void viewsCompareByMeaning() {
        assertThat(ViewSql.canonical("CREATE VIEW v AS SELECT a FROM t")).isEqualTo(ViewSql.canonical("create view \"v\" as\n  select A from \"t\";"));
        assertThat(ViewSql.canonical("CREATE VIEW v (x) AS SELECT a FROM t")).isNotEqualTo(ViewSql.canonical("CREATE VIEW v AS SELECT a FROM t"));
        assertThat(ViewSql.canonical("CREATE VIEW v AS SELECT 'A' FROM t")).isNotEqualTo(ViewSql.canonical("CREATE VIEW v AS SELECT 'a' FROM t"));
        assertThat(ViewSql.canonical("SELECT a FROM t")).isEqualTo(ViewSql.canonical("CREATE VIEW IF NOT EXISTS main.v AS SELECT a FROM t"));
    }
}
