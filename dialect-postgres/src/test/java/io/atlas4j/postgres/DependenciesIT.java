package io.atlas4j.postgres;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the inspector reads from pg_depend: what each table, column, check, view and object needs to exist first. */
class DependenciesIT {
    private static Connection admin;
    private static PgServer.TestDb db;
    private static Schema schema;

    @BeforeAll
    static void load() throws Exception {
        admin = PgServer.admin();
        db = new PgServer.TestDb(admin, "atlas4j_deps");
        Convergence.load(db.connection, "deps.sql", """
                CREATE SCHEMA other;
                CREATE TYPE other.mood AS ENUM ('sad', 'ok');
                CREATE DOMAIN base AS integer CHECK (VALUE > 0);
                CREATE DOMAIN small AS base CHECK (VALUE < 100);
                CREATE TYPE pair AS (a base, m other.mood);
                CREATE FUNCTION plus(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
                CREATE FUNCTION positive(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT x > 0';
                CREATE TABLE t (id int PRIMARY KEY, m other.mood, ms other.mood[], s small, k int DEFAULT plus(1),
                  twice int GENERATED ALWAYS AS (plus(k)) STORED, CONSTRAINT k_ok CHECK (positive(k)), plain text);
                CREATE TABLE log (id int);
                CREATE FUNCTION rows_of() RETURNS SETOF t LANGUAGE sql AS 'SELECT * FROM t';
                CREATE FUNCTION half(x small) RETURNS integer LANGUAGE sql AS 'SELECT x / 2';
                CREATE VIEW v AS SELECT id, plus(id) AS next FROM rows_of();
                CREATE RULE t_log AS ON INSERT TO t DO ALSO INSERT INTO log VALUES (new.id);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
                CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        Realm realm = Convergence.dialect(db.connection).inspector().inspectRealm(db.connection,
                InspectOptions.defaults().withSchemas(List.of("public", "other")));
        schema = realm.schemas().stream().filter(s -> s.name().equals("public")).findFirst().orElseThrow();
    }

    @AfterAll
    static void drop() throws Exception {
        if (db != null) db.close();
        if (admin != null) admin.close();
    }

    private static List<QualifiedName> needs(io.atlas4j.schema.Attrs attrs) {
        return attrs.get(DependsOn.class).map(DependsOn::names).orElse(List.of());
    }

    private static SchemaObject object(String name) {
        return schema.objects().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void columnsAndChecksOfATable() {
        Table t = schema.table("t").orElseThrow();
        assertThat(needs(t.column("m").orElseThrow().attrs())).containsExactly(QualifiedName.of("other", "mood"));
        assertThat(needs(t.column("ms").orElseThrow().attrs())).as("an array of the enum needs the enum")
                .containsExactly(QualifiedName.of("other", "mood"));
        assertThat(needs(t.column("s").orElseThrow().attrs())).containsExactly(QualifiedName.of("small"));
        assertThat(needs(t.column("k").orElseThrow().attrs())).as("its default").containsExactly(QualifiedName.of("plus(integer)"));
        assertThat(needs(t.column("twice").orElseThrow().attrs())).as("its generation").containsExactly(QualifiedName.of("plus(integer)"));
        assertThat(t.column("plain").orElseThrow().attrs().has(DependsOn.class)).isFalse();
        Check check = t.checks().stream().filter(c -> c.name().equals("k_ok")).findFirst().orElseThrow();
        assertThat(needs(check.attrs())).containsExactly(QualifiedName.of("positive(integer)"));
        assertThat(needs(t.attrs())).as("the table: all of it").containsExactlyInAnyOrder(QualifiedName.of("other", "mood"),
                QualifiedName.of("small"), QualifiedName.of("plus(integer)"), QualifiedName.of("positive(integer)"));
        assertThat(schema.table("log").orElseThrow().attrs().has(DependsOn.class)).isFalse();
    }

    @Test
    void viewsReadTablesAndCallRoutines() {
        // the columns it reads come from t's row type, which rows_of() returns
        assertThat(schema.view("v").orElseThrow().dependsOn()).containsExactlyInAnyOrder(QualifiedName.of("plus(integer)"),
                QualifiedName.of("rows_of()"), QualifiedName.of("t"));
    }

    @Test
    void objectsOnWhatTheyAreBuiltOn() {
        assertThat(object("small").dependsOn()).containsExactly(QualifiedName.of("base"));
        assertThat(object("base").dependsOn()).isEmpty();
        assertThat(object("pair").dependsOn()).containsExactlyInAnyOrder(QualifiedName.of("base"), QualifiedName.of("other", "mood"));
        assertThat(object("rows_of()").dependsOn()).as("its row type").containsExactly(QualifiedName.of("t"));
        assertThat(object("half(small)").dependsOn()).containsExactly(QualifiedName.of("small"));
        assertThat(object("t.t_log").dependsOn()).containsExactlyInAnyOrder(QualifiedName.of("t"), QualifiedName.of("log"));
        assertThat(needs(((Trigger) object("t.t_touch")).attrs())).containsExactly(QualifiedName.of("touch()"));
    }

    @Test
    void dependenciesAreNotCompared() {
        Table t = schema.table("t").orElseThrow();
        assertThat(t).isEqualTo(t.withAttrs(t.attrs().without(DependsOn.class)));
        Convergence.assertIdempotent(schema);
    }
}
