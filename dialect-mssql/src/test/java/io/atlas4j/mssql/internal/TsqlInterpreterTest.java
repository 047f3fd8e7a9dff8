package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.mssql.DefaultName;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import org.junit.jupiter.api.Test;

/** The offline loader behaves as SQL Server's catalog would: implied facts filled in, what the server refuses refused. */
class TsqlInterpreterTest {
    private static Schema dbo(String sql) {
        return new TsqlInterpreter("dbo").run("t.sql", sql).realm().schema("dbo").orElseThrow();
    }

    @Test
    void impliedFacts() {
        Table t = dbo("CREATE TABLE [dbo].[t] (a int, b int DEFAULT 0, PRIMARY KEY (a), FOREIGN KEY (b) REFERENCES t)").table("t").orElseThrow();
        assertThat(t.column("a").orElseThrow().nullable()).isFalse();
        assertThat(t.primaryKey().orElseThrow().name()).startsWith("PK__t__");
        assertThat(t.column("b").orElseThrow().attrs().get(DefaultName.class).orElseThrow().name()).startsWith("DF__t__b__");
        assertThat(t.foreignKeys().get(0).refColumns()).containsExactly("a");
    }

    @Test
    void renamesFollowDependents() {
        Schema s = dbo("CREATE TABLE t (a int); CREATE INDEX ix ON t (a); EXEC sp_rename 't.a', 'b', 'COLUMN'; EXEC sp_rename 't.ix', 'ix2', 'INDEX';"
                + " EXEC sp_rename 't', 'u'");
        Table u = s.table("u").orElseThrow();
        assertThat(u.index("ix2").orElseThrow().columnNames()).contains(java.util.List.of("b"));
    }

    @Test
    void whatSqlServerRefusesIsRefusedWithTheLine() {
        assertThatThrownBy(() -> dbo("CREATE TABLE t (a int DEFAULT 0)\nGO\nALTER TABLE t DROP COLUMN a"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("default constraint");
        assertThatThrownBy(() -> dbo("CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p int REFERENCES p); DROP TABLE p"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("referenced by foreign key");
        assertThatThrownBy(() -> dbo("CREATE TABLE t (a int);\nMERGE t USING s ON 1 = 1"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("MERGE").hasMessageContaining(":2:");
        assertThat(dbo("USE app; SET NOCOUNT ON; CREATE TABLE t (a int); INSERT INTO t VALUES (1)").tables()).hasSize(1);
    }

    @Test
    void dropForms() {
        Schema s = dbo("CREATE TABLE t (a int); CREATE INDEX i1 ON t (a); CREATE INDEX i2 ON t (a); DROP INDEX i1 ON t; DROP INDEX t.i2;"
                + " CREATE VIEW v AS SELECT 1 AS x\nGO\nDROP VIEW IF EXISTS v, w");
        assertThat(s.table("t").orElseThrow().indexes()).isEmpty();
        assertThat(s.views()).isEmpty();
    }
}
