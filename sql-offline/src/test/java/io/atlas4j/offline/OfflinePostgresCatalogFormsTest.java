package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forms whose catalog text PostgreSQL 15 normalizes (every expected string was read from a PostgreSQL 15 catalog),
 * and forms the loader refuses because the catalog would hold something it does not reproduce.
 */
class OfflinePostgresCatalogFormsTest {
    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", PostgresDialect.create());
    }

    @Test
    void anUnnamedExpressionIndexIsNamedFromTheWrittenExpression() {
        Table u = load("""
                CREATE TABLE u (a varchar, b int);
                CREATE INDEX ON u ((a::text));
                CREATE INDEX ON u (lower(a));
                CREATE INDEX ON u ((b + 1));
                """).table("u").orElseThrow();
        assertThat(u.indexes()).extracting(Index::name).containsExactly("u_a_idx", "u_lower_idx", "u_expr_idx");
        Table p = load("""
                CREATE TABLE p (notes jsonb);
                CREATE INDEX ON p ((notes ->> 'text'));
                CREATE INDEX ON p (((notes -> 'a')::text));
                """).table("p").orElseThrow();
        assertThat(p.indexes()).extracting(Index::name).containsExactly("p_expr_idx", "p_text_idx");
    }

    @Test
    void numberConstantsPrintAsTheirTypesOutputFunctionPrintsThem() {
        Schema s = load("""
                CREATE TABLE t (a int DEFAULT 007, b numeric DEFAULT 1., c bigint DEFAULT 007, d numeric DEFAULT .50);
                CREATE FUNCTION f(a bigint DEFAULT 5, b int DEFAULT -5, c bigint DEFAULT -5, d smallint DEFAULT 5, e numeric DEFAULT 1.5,
                  g numeric DEFAULT -1.5, h bigint DEFAULT 007) RETURNS int LANGUAGE sql AS 'select 1';
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(t.columns()).extracting(c -> c.defaultValue().map(Expr::sql).orElse(null)).containsExactly("7", "'1'::numeric", "7", "0.50");
        PgFunction f = (PgFunction) s.objects().stream().filter(o -> o instanceof PgFunction).findFirst().orElseThrow();
        assertThat(f.definition()).contains("(a bigint DEFAULT 5, b integer DEFAULT '-5'::integer, c bigint DEFAULT '-5'::integer,"
                + " d smallint DEFAULT 5, e numeric DEFAULT 1.5, g numeric DEFAULT '-1.5'::numeric, h bigint DEFAULT 7)");
    }

    @Test
    void trigramOperatorClassesNeedTheExtension() {
        Table p = load("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE p (name text, notes jsonb);
                CREATE INDEX i ON p USING gin (name gin_trgm_ops);
                CREATE INDEX j ON p USING gist (((notes ->> 'text'::text)) gist_trgm_ops);
                """).table("p").orElseThrow();
        assertThat(p.indexes()).extracting(x -> x.parts().get(0).attrs().get(io.atlas4j.postgres.PgOpClass.class).orElseThrow().name())
                .containsExactly("gin_trgm_ops", "gist_trgm_ops");
        assertThatThrownBy(() -> load("CREATE TABLE p (name text); CREATE INDEX i ON p USING gin (name gin_trgm_ops)"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("gin_trgm_ops");
    }

    @Test
    void defaultsMayCallTheFunctionsOfAnExtensionTheSqlCreates() {
        Table u = load("CREATE EXTENSION \"uuid-ossp\"; CREATE TABLE u (id uuid DEFAULT uuid_generate_v4())").table("u").orElseThrow();
        assertThat(u.column("id").orElseThrow().defaultValue().map(Expr::sql)).contains("uuid_generate_v4()");
        assertThatThrownBy(() -> load("CREATE TABLE u (id uuid DEFAULT uuid_generate_v4())"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("uuid_generate_v4");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // PostgreSQL casts the varchar to text for max: max(u.a::text)
        "CREATE TABLE u (a varchar); CREATE VIEW v AS SELECT max(a) AS m FROM u",
        // the subquery reads the policy's own table, which PostgreSQL renames pt_1 inside it
        "CREATE TABLE pt (owner text); CREATE POLICY p ON pt USING (owner IN (SELECT owner FROM pt))",
        // RAISE without a level raises an exception
        "DO $$ BEGIN RAISE 'stop'; END $$",
        // PostgreSQL keeps an integer trigger argument as its value: '7'
        "CREATE TABLE t (a int); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                + " CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(007)",
    })
    void refusesWhatTheCatalogWouldHoldOtherwise(String sql) {
        assertThatThrownBy(() -> load(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }

    @Test
    void viewsAreRefusedForAMajorWhoseLayoutDiffers() {
        String sql = "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t";
        assertThat(OfflineSchemas.load(sql, "schema.sql", PostgresDialect.forVersion(150004)).views()).hasSize(1);
        assertThatThrownBy(() -> OfflineSchemas.load(sql, "schema.sql", PostgresDialect.forVersion(160002)))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("PostgreSQL 16");
    }
}
