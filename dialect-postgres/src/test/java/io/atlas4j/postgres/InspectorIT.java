package io.atlas4j.postgres;

import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** What the inspector reads from a schema that uses every object kind: the facts, not only convergence. */
class InspectorIT {
    private static Connection admin;
    private static PgServer.TestDb db;
    private static Schema schema;

    @BeforeAll
    static void load() throws Exception {
        admin = PgServer.admin();
        db = new PgServer.TestDb(admin, "atlas4j_inspect");
        Convergence.load(db.connection, "inspect.sql", """
                CREATE EXTENSION citext;
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE DOMAIN posint AS integer NOT NULL CHECK (VALUE > 0);
                CREATE TYPE pair AS (a int, b text);
                CREATE SEQUENCE standalone START 5 INCREMENT 5;
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (
                  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,
                  s serial,
                  name varchar(20) COLLATE "C" NOT NULL DEFAULT 'x',
                  price numeric(10,2),
                  at timestamptz(3),
                  tags text[],
                  m mood,
                  pi posint,
                  pr pair,
                  login citext,
                  twice int GENERATED ALWAYS AS (s * 2) STORED,
                  p_id int REFERENCES p ON DELETE CASCADE DEFERRABLE,
                  CONSTRAINT name_len CHECK (length(name) > 0) NO INHERIT,
                  UNIQUE NULLS NOT DISTINCT (name, price)
                );
                CREATE INDEX t_part ON t (lower(name) DESC NULLS LAST, at) INCLUDE (price) WHERE price > 0;
                CREATE INDEX t_tuned ON t (tags, price) WITH (fillfactor = 70, deduplicate_items = off);
                CREATE INDEX t_collated ON t (name COLLATE "POSIX", login, (lower(name)) COLLATE "C", ((name || 'x')) COLLATE "POSIX");
                CREATE RULE t_no_delete AS ON DELETE TO t DO INSTEAD NOTHING;
                COMMENT ON RULE t_no_delete ON t IS 'keep rows';
                COMMENT ON TABLE t IS 'main';
                COMMENT ON COLUMN t.name IS 'the name';
                CREATE UNLOGGED TABLE u (k text);
                CREATE TABLE ev (id int, at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE VIEW tv AS SELECT id, name FROM t;
                CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE TABLE base (created timestamp DEFAULT now());
                CREATE TABLE kid (k int) INHERITS (base);
                ALTER TABLE u ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own ON u FOR SELECT USING (k = current_user);
                """);
        schema = Convergence.inspect(db.connection);
    }

    @AfterAll
    static void drop() throws Exception {
        if (db != null) db.close();
        if (admin != null) admin.close();
    }

    private static Table table(String name) {
        return schema.table(name).orElseThrow();
    }

    private static Column column(String name) {
        return table("t").column(name).orElseThrow();
    }

    private static <T extends SchemaObject> T object(Class<T> type, String name) {
        return schema.objects().stream().filter(type::isInstance).map(type::cast).filter(o -> o.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " " + name + " not in " + schema.objects()));
    }

    @Test
    void columnTypesAndDefaults() {
        assertThat(column("id").type()).isEqualTo(new IntegerType("bigint"));
        assertThat(column("id").attrs().get(PgIdentity.class)).get().satisfies(i -> {
            assertThat(i.always()).isTrue();
            assertThat(i.start()).isEqualTo(10);
        });
        assertThat(column("s").attrs().get(PgSerial.class)).contains(new PgSerial("t_s_seq"));
        assertThat(column("s").defaultValue()).isEmpty();
        assertThat(column("name").type()).isEqualTo(new StringType("character varying", 20));
        assertThat(column("name").nullable()).isFalse();
        assertThat(column("name").defaultValue().orElseThrow().sql()).isEqualTo("'x'::character varying");
        assertThat(column("name").attrs().get(io.atlas4j.schema.Collation.class)).contains(new io.atlas4j.schema.Collation("C"));
        assertThat(column("name").attrs().get(Comment.class)).contains(new Comment("the name"));
        assertThat(column("price").type()).isEqualTo(new DecimalType("numeric", 10, 2));
        assertThat(column("at").type()).isEqualTo(new TimeType("timestamp with time zone", OptionalInt.of(3)));
        assertThat(column("tags").type()).isEqualTo(new PgArrayType(new StringType("text")));
        assertThat(column("m").type()).isEqualTo(new PgUserType("mood", "enum"));
        assertThat(column("pi").type()).isEqualTo(new PgUserType("posint", "domain"));
        assertThat(column("pr").type()).isEqualTo(new PgUserType("pair", "composite"));
        assertThat(column("twice").attrs().get(Generated.class)).contains(new Generated("(s * 2)", true));
    }

    @Test
    void constraintsAndIndexes() {
        Table t = table("t");
        assertThat(t.primaryKey()).get().extracting(Index::name).isEqualTo("t_pkey");
        ForeignKey fk = t.foreignKeys().get(0);
        assertThat(fk.refTable()).isEqualTo(QualifiedName.of("p"));
        assertThat(fk.onDelete()).isEqualTo(ReferenceAction.CASCADE);
        assertThat(fk.attrs().get(Deferrable.class)).contains(new Deferrable(false));
        Check ch = t.checks().get(0);
        assertThat(ch.expr()).isEqualTo("length(name::text) > 0");
        assertThat(ch.attrs().has(PgNoInherit.class)).isTrue();
        Index uq = t.indexes().stream().filter(i -> i.attrs().has(PgUniqueConstraint.class)).findFirst().orElseThrow();
        assertThat(uq.attrs().has(PgNullsNotDistinct.class)).isTrue();
        assertThat(uq.columnNames()).contains(List.of("name", "price"));
        Index part = t.index("t_part").orElseThrow();
        assertThat(part.parts().get(0)).isEqualTo(new IndexPart.OfExpr("lower(name::text)", true,
                io.atlas4j.schema.Attrs.of(new PgNullsOrder(false))));
        assertThat(part.parts().get(1)).isEqualTo(IndexPart.column("at"));
        assertThat(part.attrs().get(PgIndexInclude.class)).contains(new PgIndexInclude(List.of("price")));
        assertThat(part.attrs().get(IndexPredicate.class)).contains(new IndexPredicate("price > 0::numeric"));
        assertThat(t.attrs().get(Comment.class)).contains(new Comment("main"));
    }

    @Test
    void indexStorageParametersAndCollations() {
        Table t = table("t");
        assertThat(t.index("t_tuned").orElseThrow().attrs().get(PgStorageParameters.class))
                .contains(new PgStorageParameters(List.of("fillfactor=70", "deduplicate_items=off")));
        assertThat(t.index("t_tuned").orElseThrow().attrs().get(PgStorageParameters.class).orElseThrow().parameters())
                .as("in the order written").containsExactly("fillfactor=70", "deduplicate_items=off");
        assertThat(t.index("t_part").orElseThrow().attrs().has(PgStorageParameters.class)).isFalse();
        List<IndexPart> parts = t.index("t_collated").orElseThrow().parts();
        // name is COLLATE "C" already: "POSIX" is the index's own; login's citext and lower(name) keep their collation
        assertThat(parts.get(0).attrs().get(io.atlas4j.schema.Collation.class)).contains(new io.atlas4j.schema.Collation("POSIX"));
        assertThat(parts.get(1).attrs().has(io.atlas4j.schema.Collation.class)).isFalse();
        assertThat(parts.get(2).attrs().has(io.atlas4j.schema.Collation.class)).as("lower(name) is \"C\" by its column").isFalse();
        assertThat(parts.get(3).attrs().get(io.atlas4j.schema.Collation.class)).contains(new io.atlas4j.schema.Collation("POSIX"));
        Index pkey = t.primaryKey().orElseThrow();
        assertThat(pkey.parts().get(0).attrs().has(io.atlas4j.schema.Collation.class)).isFalse();
    }

    @Test
    void rulesAreObjectsOfTheirTable() {
        PgRule r = object(PgRule.class, "t.t_no_delete");
        assertThat(r.table()).isEqualTo("t");
        assertThat(r.definition()).startsWith("CREATE RULE t_no_delete AS").contains("ON DELETE TO t DO INSTEAD NOTHING");
        assertThat(r.attrs().get(Comment.class)).contains(new Comment("keep rows"));
        assertThat(r.dependsOn()).containsExactly(QualifiedName.of("t"));
    }

    @Test
    void theDefaultCommentOfPublicIsNoComment() throws Exception {
        try (PgServer.TestDb fresh = new PgServer.TestDb(admin, "atlas4j_public")) {
            try (var s = fresh.connection.createStatement(); var rs = s.executeQuery(
                    "SELECT obj_description('public'::regnamespace, 'pg_namespace')")) {
                rs.next();
                assertThat(rs.getString(1)).as("what the server gives a new database").isEqualTo("standard public schema");
            }
            assertThat(Convergence.inspect(fresh.connection).attrs().has(Comment.class)).isFalse();
            try (var s = fresh.connection.createStatement()) {
                s.execute("COMMENT ON SCHEMA public IS 'our objects'");
            }
            assertThat(Convergence.inspect(fresh.connection).attrs().get(Comment.class)).contains(new Comment("our objects"));
            Schema desired = Convergence.loadDesired(admin, "desired.sql", "COMMENT ON SCHEMA public IS 'our objects';");
            assertThat(desired.attrs().get(Comment.class)).contains(new Comment("our objects"));
            Schema plain = Convergence.loadDesired(admin, "desired.sql", "");
            assertThat(Convergence.diff(Convergence.inspect(fresh.connection), plain)).as("a user's comment goes when not desired")
                    .singleElement().isInstanceOf(io.atlas4j.change.ModifySchema.class);
            try (var s = fresh.connection.createStatement()) {
                s.execute("COMMENT ON SCHEMA public IS 'standard public schema'");
            }
            assertThat(Convergence.diff(Convergence.inspect(fresh.connection), plain.withAttrs(io.atlas4j.schema.Attrs.EMPTY)))
                    .as("the server's own comment is nobody's: no COMMENT ON SCHEMA public IS NULL").isEmpty();
        }
    }

    @Test
    void tableKinds() {
        assertThat(table("u").attrs().has(PgUnlogged.class)).isTrue();
        assertThat(table("ev").attrs().get(PgPartitionKey.class)).contains(new PgPartitionKey("RANGE (at)"));
        assertThat(table("kid").attrs().get(PgInherits.class)).contains(new PgInherits(List.of("base")));
        assertThat(table("kid").column("created").orElseThrow().attrs().has(PgInheritedColumn.class)).isTrue();
        assertThat(table("kid").column("k").orElseThrow().attrs().has(PgInheritedColumn.class)).isFalse();
        assertThat(table("u").attrs().get(PgRowSecurity.class)).contains(new PgRowSecurity(true, false));
        assertThat(table("ev_1").attrs().get(PgPartitionOf.class))
                .contains(new PgPartitionOf("ev", "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));
    }

    @Test
    void viewsAndObjects() {
        View tv = schema.view("tv").orElseThrow();
        assertThat(tv.dependsOn()).containsExactly(QualifiedName.of("t"));
        assertThat(schema.view("mv").orElseThrow().attrs().has(PgMaterialized.class)).isTrue();
        assertThat(object(PgEnum.class, "mood").values()).containsExactly("sad", "ok");
        assertThat(object(PgDomain.class, "posint").notNull()).isTrue();
        assertThat(object(PgCompositeType.class, "pair").fields()).containsExactly("a integer", "b text");
        assertThat(object(PgSequence.class, "standalone").increment()).isEqualTo(5);
        assertThat(object(PgExtension.class, "citext")).isNotNull();
        assertThat(object(PgFunction.class, "touch()").definition()).startsWith("CREATE OR REPLACE FUNCTION touch()");
        assertThat(object(Trigger.class, "t.trg").definition()).contains("BEFORE UPDATE ON t");
        // serial and identity sequences belong to their columns; extension objects to the extension
        assertThat(schema.objects()).noneMatch(o -> o.name().equals("t_s_seq") || o.name().equals("t_id_seq"));
        assertThat(schema.objects()).noneMatch(o -> o instanceof PgFunction f && f.name().startsWith("citext"));
        assertThat(object(PgPolicy.class, "u.own")).satisfies(p -> {
            assertThat(p.command()).isEqualTo("SELECT");
            assertThat(p.roles()).containsExactly("PUBLIC");
            assertThat(p.using()).contains("(k = CURRENT_USER)");
        });
        assertThat(schema.objects()).hasSize(9);
    }
}
