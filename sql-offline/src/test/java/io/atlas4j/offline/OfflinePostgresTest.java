package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.SqlScript;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgUniqueConstraint;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PostgreSQL offline loader, without a database: the catalog's spellings it must reproduce (type names,
 * defaults as pg_get_expr prints them, generated constraint names, serial columns), each statement kind,
 * and each refusal. {@link OfflineAgreementIT} checks the same against a real server.
 */
class OfflinePostgresTest {
    private static final Dialect D = PostgresDialect.create();

    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", D);
    }

    private static String dflt(Column c) {
        return c.defaultValue().map(Expr::sql).orElse(null);
    }

    @Test
    void createTableAsTheCatalogReadsIt() {
        Table t = load("""
                CREATE TABLE "Orders" (id serial PRIMARY KEY, code varchar(20) UNIQUE NOT NULL, n int DEFAULT -1,
                  big bigint DEFAULT 0, ok bool DEFAULT 'f', note text DEFAULT 'x', at timestamptz DEFAULT now(),
                  qty INTEGER CHECK (qty IN (1, 2)), ref int REFERENCES "Orders" (id) ON DELETE SET NULL);
                """).table("Orders").orElseThrow();
        Column id = t.column("id").orElseThrow();
        assertThat(id.type().name()).isEqualTo("integer");
        assertThat(id.nullable()).isFalse();
        assertThat(id.attrs().get(PgSerial.class)).contains(new PgSerial("Orders_id_seq"));
        assertThat(t.column("code").orElseThrow().type().name()).isEqualTo("character varying");
        assertThat(dflt(t.column("n").orElseThrow())).isEqualTo("'-1'::integer");
        assertThat(dflt(t.column("big").orElseThrow())).as("the int4 constant's coercion to bigint is hidden").isEqualTo("0");
        assertThat(dflt(t.column("ok").orElseThrow())).isEqualTo("false");
        assertThat(dflt(t.column("note").orElseThrow())).isEqualTo("'x'::text");
        assertThat(dflt(t.column("at").orElseThrow())).isEqualTo("now()");
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("Orders_pkey");
        Index unique = t.indexes().get(0);
        assertThat(unique.name()).isEqualTo("Orders_code_key");
        assertThat(unique.attrs().has(PgUniqueConstraint.class)).isTrue();
        assertThat(t.checks().get(0).name()).isEqualTo("Orders_qty_check");
        assertThat(t.checks().get(0).expr()).isEqualTo("qty = ANY (ARRAY[1, 2])");
        assertThat(t.foreignKeys().get(0).name()).isEqualTo("Orders_ref_fkey");
    }

    @Test
    void indexesTypesSequencesAndComments() {
        Schema s = load("""
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE SEQUENCE counter START WITH 10;
                CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, m mood DEFAULT 'ok', b text);
                CREATE INDEX ON t (b);
                CREATE UNIQUE INDEX t_ab ON t USING btree (a, b DESC);
                COMMENT ON TABLE t IS 'the t';
                COMMENT ON COLUMN t.b IS 'bee';
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(s.objects()).anyMatch(o -> o instanceof PgEnum e && e.values().equals(List.of("sad", "ok")));
        assertThat(s.objects()).anyMatch(o -> o instanceof PgSequence q && q.name().equals("counter") && q.start() == 10);
        assertThat(t.column("a").orElseThrow().attrs().get(PgIdentity.class).orElseThrow().always()).isTrue();
        assertThat(dflt(t.column("m").orElseThrow())).isEqualTo("'ok'::mood");
        assertThat(t.indexes()).extracting(Index::name).containsExactly("t_b_idx", "t_ab");
        assertThat(t.attrs().get(Comment.class)).contains(new Comment("the t"));
        assertThat(t.column("b").orElseThrow().attrs().get(Comment.class)).contains(new Comment("bee"));
    }

    @Test
    void alterAndDropApplyInOrder() {
        Schema s = load("""
                SET search_path = public;
                CREATE SEQUENCE t_id_seq;
                CREATE TABLE t (id integer NOT NULL, b text);
                ALTER SEQUENCE t_id_seq OWNED BY t.id;
                ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('t_id_seq'::regclass);
                ALTER TABLE ONLY t ADD CONSTRAINT t_pk PRIMARY KEY (id);
                ALTER TABLE t ADD COLUMN c int NOT NULL, ALTER COLUMN b SET NOT NULL;
                CREATE TABLE gone (x int);
                DROP TABLE gone;
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(s.table("gone")).isEmpty();
        assertThat(t.column("id").orElseThrow().attrs().get(PgSerial.class)).contains(new PgSerial("t_id_seq"));
        assertThat(s.objects()).noneMatch(o -> o.name().equals("t_id_seq"));
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("t_pk");
        assertThat(t.column("b").orElseThrow().nullable()).isFalse();
        assertThat(t.column("c")).isPresent();
    }

    @Test
    void functionsAndTriggersAsPostgresPrintsThem() {
        Schema s = load("""
                CREATE TABLE t (a int, at timestamptz);
                CREATE OR REPLACE FUNCTION public.touch(n integer, label text) RETURNS trigger
                  LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$ BEGIN NEW.at = now(); RETURN NEW; END; $$;
                CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE PROCEDURE stamp();
                """);
        assertThat(s.objects()).anyMatch(o -> o instanceof io.atlas4j.postgres.PgFunction f && f.name().equals("touch(integer, text)")
                && f.definition().equals("CREATE OR REPLACE FUNCTION touch(n integer, label text)\n RETURNS trigger\n LANGUAGE plpgsql\n"
                        + " STABLE SECURITY DEFINER\nAS $function$ BEGIN NEW.at = now(); RETURN NEW; END; $function$"));
        assertThat(s.objects()).anyMatch(o -> o instanceof io.atlas4j.schema.Trigger tr && tr.name().equals("t.t_touch")
                && tr.definition().equals("CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION stamp()"));
    }

    @Test
    void partialIndexesAsPostgresPrintsTheirPredicate() {
        Table t = load("""
                CREATE TABLE t (a int, b text, c boolean);
                CREATE INDEX t_a ON t (a) WHERE ((a > 0) AND (b IS NOT NULL OR c));
                COMMENT ON INDEX t_a IS 'positive';
                """).table("t").orElseThrow();
        Index i = t.indexes().get(0);
        assertThat(i.attrs().get(io.atlas4j.schema.IndexPredicate.class)).contains(new io.atlas4j.schema.IndexPredicate("a > 0 AND (b IS NOT NULL OR c)"));
        assertThat(i.attrs().get(Comment.class)).contains(new Comment("positive"));
    }

    @Test
    void databaseScopeKeepsEverySchema() {
        Realm r = OfflineSchemas.loadRealm(List.of(new SqlScript("s.sql", "CREATE SCHEMA app; CREATE TABLE app.t (a int REFERENCES app.t (a))")),
                D, Scope.DATABASE);
        assertThat(r.schemas()).extracting(Schema::name).containsExactly("public", "app");
        assertThat(r.schema("app").orElseThrow().table("t")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t, LATERAL (SELECT 1) s",
        "CREATE FUNCTION f(a int DEFAULT 1 + 1) RETURNS int LANGUAGE sql AS $$ SELECT a $$",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1",
        "CREATE TABLE t (a int); CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION missing()",
        "CREATE TABLE t (a text); CREATE INDEX i ON t (md5(a))",
        "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (abs(a)) STORED)",
        "CREATE TABLE t (a int DEFAULT abs(-1))",
        "CREATE TABLE t (a int CHECK (a = ANY (SELECT 1)))",
        "CREATE TABLE t (a text); CREATE INDEX i ON t (a) WHERE a <> '' COLLATE \"C\"",
        "CREATE DOMAIN d AS text CHECK (is_email(VALUE))",
        "CREATE SCHEMA other",
        "SET search_path = other",
        "CREATE TABLE t (a int); INSERT INTO t VALUES (1)",
    })
    void refusesWhatItCannotModel(String sql) {
        assertThatThrownBy(() -> load("\n" + sql.replace("; ", ";\n")))
                .isInstanceOf(SchemaParseException.class)
                .hasMessageStartingWith("schema.sql:")
                .hasMessageContaining("cannot load offline: ")
                .hasMessageContaining("--dev-url");
    }

    /** pg_get_functiondef of the same functions on PostgreSQL 15 (the schema qualifier left out, as the inspector leaves it). */
    @Test
    void functionCostRowsAndSettings() {
        Schema s = load("""
                CREATE FUNCTION f1(id integer) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog, public SECURITY DEFINER AS $$ BEGIN RETURN 'x'; END; $$;
                CREATE FUNCTION f2(n integer) RETURNS SETOF integer AS $$ BEGIN RETURN NEXT 1; END; $$ LANGUAGE plpgsql COST 500 ROWS 10 SET work_mem = '64MB';
                """);
        java.util.Map<String, String> defs = new java.util.HashMap<>();
        s.objects().forEach(o -> {
            if (o instanceof io.atlas4j.postgres.PgFunction f) defs.put(f.simpleName(), f.definition());
        });
        assertThat(defs.get("f1")).isEqualTo("CREATE OR REPLACE FUNCTION f1(id integer)\n RETURNS text\n LANGUAGE plpgsql\n SECURITY DEFINER\n"
                + " SET search_path TO 'pg_catalog', 'public'\nAS $function$ BEGIN RETURN 'x'; END; $function$");
        assertThat(defs.get("f2")).isEqualTo("CREATE OR REPLACE FUNCTION f2(n integer)\n RETURNS SETOF integer\n LANGUAGE plpgsql\n COST 500 ROWS 10\n"
                + " SET work_mem TO '64MB'\nAS $function$ BEGIN RETURN NEXT 1; END; $function$");
    }
}
