package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Triggers as pg_get_triggerdef(oid, true) prints them, functions as pg_get_functiondef does, and comments on each kind of object. */
class OfflinePostgresRoutinesReaderTest {
    private static final String FN = "CREATE TABLE t (a int, b text); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";

    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", PostgresDialect.create());
    }

    private static String trigger(Schema s, String name) {
        return s.objects().stream().filter(o -> o instanceof Trigger t && t.name().endsWith("." + name)).map(o -> ((Trigger) o).definition())
                .findFirst().orElseThrow();
    }

    private static SchemaObject object(Schema s, String name) {
        return s.objects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void triggerClausesAsTheCatalogPrintsThem() {
        Schema s = load(FN + """
                CREATE TRIGGER w AFTER UPDATE ON t FOR EACH ROW WHEN (OLD.b IS DISTINCT FROM NEW.b OR NEW.a IS NOT NULL AND OLD.* IS NOT DISTINCT FROM NEW.*) EXECUTE FUNCTION f();
                CREATE TRIGGER u BEFORE UPDATE OF b, "a" OR INSERT ON t FOR EACH ROW EXECUTE PROCEDURE f('x', Y, 42, 'it''s');
                CREATE TRIGGER r AFTER DELETE ON t REFERENCING NEW TABLE nn OLD TABLE AS oo FOR EACH STATEMENT EXECUTE FUNCTION f();
                CREATE CONSTRAINT TRIGGER k AFTER UPDATE ON t INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f();
                CREATE CONSTRAINT TRIGGER k2 AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
                CREATE TRIGGER s BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger();
                CREATE VIEW v AS SELECT a FROM t;
                CREATE TRIGGER i INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION public.f();
                """);
        assertThat(trigger(s, "w")).isEqualTo("CREATE TRIGGER w AFTER UPDATE ON t FOR EACH ROW WHEN (old.b IS DISTINCT FROM new.b OR "
                + "new.a IS NOT NULL AND NOT old.* IS DISTINCT FROM new.*) EXECUTE FUNCTION f()");
        assertThat(trigger(s, "u")).isEqualTo("CREATE TRIGGER u BEFORE INSERT OR UPDATE OF b, a ON t FOR EACH ROW EXECUTE FUNCTION f('x', 'y', '42', 'it''s')");
        assertThat(trigger(s, "r")).isEqualTo("CREATE TRIGGER r AFTER DELETE ON t REFERENCING OLD TABLE AS oo NEW TABLE AS nn FOR EACH STATEMENT EXECUTE FUNCTION f()");
        assertThat(trigger(s, "k")).isEqualTo("CREATE CONSTRAINT TRIGGER k AFTER UPDATE ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION f()");
        assertThat(trigger(s, "k2")).isEqualTo("CREATE CONSTRAINT TRIGGER k2 AFTER UPDATE ON t NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION f()");
        assertThat(trigger(s, "s")).isEqualTo("CREATE TRIGGER s BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION suppress_redundant_updates_trigger()");
        assertThat(trigger(s, "i")).isEqualTo("CREATE TRIGGER i INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION f()");
    }

    @Test
    void functionsReturningTablesWithDefaultsAndSettings() {
        Schema s = load("""
                CREATE FUNCTION g(n int DEFAULT 1, sep text = '-', m numeric DEFAULT 1.5, z int DEFAULT -1, ok boolean DEFAULT true)
                  RETURNS TABLE(id integer, "Name" text) LANGUAGE sql SET timezone = 'UTC' AS $$ SELECT 1, 'a' $$;
                CREATE PROCEDURE p(a int, OUT b int) LANGUAGE plpgsql AS $$ BEGIN b := a; END $$;
                """);
        PgFunction g = (PgFunction) object(s, "g(integer, text, numeric, integer, boolean)");
        assertThat(g.result()).isEqualTo("TABLE(id integer, \"Name\" text)");
        assertThat(g.definition()).isEqualTo("CREATE OR REPLACE FUNCTION g(n integer DEFAULT 1, sep text DEFAULT '-'::text, m numeric DEFAULT 1.5, "
                + "z integer DEFAULT '-1'::integer, ok boolean DEFAULT true)\n RETURNS TABLE(id integer, \"Name\" text)\n LANGUAGE sql\n"
                + " SET \"TimeZone\" TO 'UTC'\nAS $function$ SELECT 1, 'a' $function$");
        PgFunction p = (PgFunction) object(s, "p(integer, integer)");
        assertThat(p.definition()).isEqualTo("CREATE OR REPLACE PROCEDURE p(IN a integer, OUT b integer)\n LANGUAGE plpgsql\nAS $procedure$ BEGIN b := a; END $procedure$");
    }

    @Test
    void compositeTypesRowTypesAggregatesAndEventTriggerFunctions() {
        Schema s = load("""
                CREATE TYPE status AS ENUM ('a', 'b');
                CREATE TYPE rec AS (id integer, "S" status, n varchar(5));
                CREATE TABLE act (id int, r rec);
                CREATE FUNCTION get(a act, rs rec[]) RETURNS SETOF act ROWS 1 LANGUAGE sql AS $$ SELECT a $$;
                CREATE FUNCTION _cat(text, text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || $2 $$;
                CREATE AGGREGATE cat(text) (SFUNC = public._cat, STYPE = text, INITCOND = '');
                CREATE FUNCTION ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
                """);
        assertThat(object(s, "rec")).isEqualTo(new io.atlas4j.postgres.PgCompositeType("rec",
                java.util.List.of("id integer", "\"S\" status", "n character varying(5)"), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(((PgFunction) object(s, "get(act, rec[])")).result()).isEqualTo("SETOF act");
        assertThat(object(s, "cat(text)")).isEqualTo(new PgFunction("cat(text)", "aggregate", "text",
                "CREATE AGGREGATE cat(text) (SFUNC = _cat, STYPE = text, INITCOND = '')", io.atlas4j.schema.Attrs.EMPTY));
        assertThat(((PgFunction) object(s, "ddl()")).result()).isEqualTo("event_trigger");
        assertThatThrownBy(() -> load("CREATE AGGREGATE cat(text) (SFUNC = missing, STYPE = text)")).isInstanceOf(SchemaParseException.class);
        assertThatThrownBy(() -> load("CREATE TABLE t (a int); CREATE TABLE u (x t)")).isInstanceOf(SchemaParseException.class);
    }

    @Test
    void commentsOnConstraintsRoutinesTriggersSchemasAndIndexesOfMaterializedViews() {
        Schema s = load(FN + """
                ALTER TABLE t ADD CONSTRAINT "my.pk" PRIMARY KEY (a);
                ALTER TABLE t ADD CONSTRAINT positive CHECK (a > 0);
                CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
                CREATE PROCEDURE p(IN n integer) LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;
                CREATE INDEX mv_a ON mv (a);
                COMMENT ON CONSTRAINT "my.pk" ON t IS 'key';
                COMMENT ON CONSTRAINT positive ON public.t IS 'sign';
                COMMENT ON FUNCTION f() IS 'fn';
                COMMENT ON PROCEDURE p(n integer) IS 'proc';
                COMMENT ON TRIGGER tr ON t IS 'trig';
                COMMENT ON SCHEMA public IS 'Main';
                COMMENT ON INDEX mv_a IS 'mv index';
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(t.primaryKey().orElseThrow().attrs().get(Comment.class)).contains(new Comment("key"));
        assertThat(t.checks().get(0).attrs().get(Comment.class)).contains(new Comment("sign"));
        assertThat(object(s, "f()").attrs().get(Comment.class)).contains(new Comment("fn"));
        assertThat(object(s, "p(integer)").attrs().get(Comment.class)).contains(new Comment("proc"));
        assertThat(object(s, "t.tr").attrs().get(Comment.class)).contains(new Comment("trig"));
        assertThat(s.attrs().get(Comment.class)).contains(new Comment("Main"));
        assertThat(s.views().get(0).attrs().get(io.atlas4j.postgres.PgMaterialized.class).orElseThrow().indexComments())
                .containsEntry("mv_a", "mv index");
        assertThat(load("COMMENT ON SCHEMA public IS 'standard public schema'").attrs().has(Comment.class)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WHEN (NEW.a > 5)",
        "WHEN (lower(NEW.b) IS DISTINCT FROM OLD.b)",
        "WHEN ((OLD.b IS NULL))",
    })
    void refusesConditionsPostgresReprints(String when) {
        assertThatThrownBy(() -> load(FN + "CREATE TRIGGER w AFTER UPDATE ON t FOR EACH ROW " + when + " EXECUTE FUNCTION f()"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION other.f()",
        "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(E'a\\\\b')",
        "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION pg_catalog.now()",
        "CREATE CONSTRAINT TRIGGER x AFTER INSERT ON t FROM t FOR EACH ROW EXECUTE FUNCTION f()",
        "CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(); CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
        "CREATE FUNCTION g(d date DEFAULT CURRENT_DATE) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
        "CREATE FUNCTION g() RETURNS TABLE(a int) SETOF int LANGUAGE sql AS $$ SELECT 1 $$",
        "COMMENT ON CONSTRAINT nope ON t IS 'x'",
        "COMMENT ON FUNCTION f(integer) IS 'x'",
        "COMMENT ON TRIGGER nope ON t IS 'x'",
    })
    void refusesWhatItCannotModel(String sql) {
        assertThatThrownBy(() -> load(FN + sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }
}
