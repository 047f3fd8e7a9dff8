package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.postgres.PgInheritedColumn;
import io.atlas4j.postgres.PgInherits;
import io.atlas4j.postgres.PgMatchFull;
import io.atlas4j.postgres.PgPartitionOf;
import io.atlas4j.postgres.PgUniqueConstraint;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables built from other tables (INHERITS, LIKE, PARTITION OF), keys made of indexes, array spellings and foreign key forms. */
class OfflinePostgresTablesReaderTest {
    private static Schema load(String sql) {
        return OfflineSchemas.load(sql, "schema.sql", PostgresDialect.create());
    }

    private static String dflt(Column c) {
        return c.defaultValue().map(Expr::sql).orElse(null);
    }

    @Test
    void keysBuildingTheSameIndexBecomeOneAsPostgresMakesThem() {
        Schema s = load("""
                CREATE TABLE o (id int PRIMARY KEY UNIQUE, a int UNIQUE UNIQUE, b int, UNIQUE (b), CONSTRAINT named UNIQUE (b),
                  c int, UNIQUE (c) DEFERRABLE, UNIQUE (c));
                CREATE TABLE p (id int PRIMARY KEY, CONSTRAINT pk_named UNIQUE (id));
                """);
        var o = s.table("o").orElseThrow();
        assertThat(o.primaryKey().orElseThrow().name()).isEqualTo("o_pkey");
        // catalog names from PostgreSQL 15: the unnamed key takes the name of the one it absorbs; a deferrable key is another index
        assertThat(o.indexes()).extracting(io.atlas4j.schema.Index::name).containsExactly("o_a_key", "named", "o_c_key", "o_c_key1");
        assertThat(s.table("p").orElseThrow().primaryKey().orElseThrow().name()).isEqualTo("pk_named");
        assertThat(s.table("p").orElseThrow().indexes()).isEmpty();
    }

    @Test
    void inheritsPutsTheParentsColumnsFirstAndLeavesTheirChecksToThem() {
        Schema s = load("""
                CREATE TABLE base (id bigserial, kind text NOT NULL, at timestamp DEFAULT now(), CHECK (kind <> ''));
                CREATE TABLE child (extra int, kind text DEFAULT 'a', CONSTRAINT only_a CHECK (kind = 'a')) INHERITS (base);
                """);
        Table t = s.table("child").orElseThrow();
        assertThat(t.columns()).extracting(Column::name).containsExactly("id", "kind", "at", "extra");
        Column id = t.column("id").orElseThrow();
        assertThat(id.attrs().has(PgInheritedColumn.class)).isTrue();
        assertThat(dflt(id)).isEqualTo("nextval('base_id_seq'::regclass)");
        assertThat(id.nullable()).isFalse();
        Column kind = t.column("kind").orElseThrow();
        assertThat(kind.attrs().has(PgInheritedColumn.class)).isFalse();
        assertThat(dflt(kind)).isEqualTo("'a'::text");
        assertThat(kind.nullable()).isFalse();
        assertThat(t.checks()).extracting(io.atlas4j.schema.Check::name).containsExactly("only_a");
        assertThat(t.attrs().get(PgInherits.class)).contains(new PgInherits(java.util.List.of("base")));
    }

    @Test
    void keysOnlyOnAParentStayOnTheParent() {
        Schema s = load("""
                CREATE TABLE c (id int PRIMARY KEY);
                CREATE TABLE p (id int, cid int);
                CREATE TABLE k (CHECK (id > 0)) INHERITS (p);
                ALTER TABLE ONLY p ADD CONSTRAINT p_pkey PRIMARY KEY (id);
                ALTER TABLE ONLY p ADD CONSTRAINT p_fk FOREIGN KEY (cid) REFERENCES c (id);
                ALTER TABLE p ADD CONSTRAINT p_small CHECK (id < 100);
                """);
        assertThat(s.table("p").orElseThrow().primaryKey()).isPresent();
        assertThat(s.table("k").orElseThrow().column("id").orElseThrow().nullable()).isTrue();
        assertThat(s.table("k").orElseThrow().checks()).extracting(io.atlas4j.schema.Check::name).containsExactly("k_id_check");
        assertThat(s.table("k").orElseThrow().foreignKeys()).isEmpty();
    }

    @Test
    void partitionsHaveTheParentsColumnsAndTheirBoundAsPrinted() {
        Schema s = load("""
                CREATE TABLE logs (id bigint NOT NULL, at timestamp NOT NULL, note text DEFAULT 'x', PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
                CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01 12:30');
                CREATE TABLE logs_rest PARTITION OF logs DEFAULT;
                CREATE TABLE o (id int, country text) PARTITION BY LIST (country);
                CREATE TABLE o_us PARTITION OF o FOR VALUES IN ('US', 'CA', NULL);
                CREATE TABLE h (id int) PARTITION BY HASH (id);
                CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 0);
                """);
        Table p = s.table("logs_2024").orElseThrow();
        assertThat(p.attrs().get(PgPartitionOf.class))
                .contains(new PgPartitionOf("logs", "FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2025-01-01 12:30:00')"));
        assertThat(p.primaryKey()).isEmpty();
        assertThat(p.columns()).allMatch(c -> c.attrs().has(PgInheritedColumn.class));
        assertThat(dflt(p.column("note").orElseThrow())).isEqualTo("'x'::text");
        assertThat(p.column("id").orElseThrow().nullable()).isFalse();
        assertThat(s.table("logs_rest").orElseThrow().attrs().get(PgPartitionOf.class)).contains(new PgPartitionOf("logs", "DEFAULT"));
        assertThat(s.table("o_us").orElseThrow().attrs().get(PgPartitionOf.class)).contains(new PgPartitionOf("o", "FOR VALUES IN ('US', 'CA', NULL)"));
        assertThat(s.table("h0").orElseThrow().attrs().get(PgPartitionOf.class)).contains(new PgPartitionOf("h", "FOR VALUES WITH (modulus 4, remainder 0)"));
    }

    @Test
    void likeCopiesWhatItsOptionsInclude() {
        Schema s = load("""
                CREATE TABLE tmpl (at timestamptz NOT NULL DEFAULT now(), up timestamptz, CHECK (at <= up));
                CREATE INDEX tmpl_at ON tmpl (at);
                COMMENT ON COLUMN tmpl.at IS 'created';
                CREATE TABLE a (id serial PRIMARY KEY, LIKE tmpl INCLUDING DEFAULTS);
                CREATE TABLE b (id serial PRIMARY KEY, LIKE tmpl INCLUDING ALL);
                """);
        Table a = s.table("a").orElseThrow();
        assertThat(a.columns()).extracting(Column::name).containsExactly("id", "at", "up");
        assertThat(dflt(a.column("at").orElseThrow())).isEqualTo("now()");
        assertThat(a.column("at").orElseThrow().attrs().has(Comment.class)).isFalse();
        assertThat(a.checks()).isEmpty();
        assertThat(a.indexes()).isEmpty();
        Table b = s.table("b").orElseThrow();
        assertThat(b.checks()).extracting(io.atlas4j.schema.Check::name).containsExactly("tmpl_check");
        assertThat(b.indexes()).extracting(io.atlas4j.schema.Index::name).containsExactly("b_at_idx");
        assertThat(b.column("at").orElseThrow().attrs().get(Comment.class)).contains(new Comment("created"));
    }

    @Test
    void aKeyUsingAnIndexTakesTheIndexOver() {
        Schema s = load("""
                CREATE TABLE t (a int, b int);
                CREATE UNIQUE INDEX t_a ON t (a);
                CREATE UNIQUE INDEX t_b ON t (b);
                ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_a DEFERRABLE INITIALLY DEFERRED;
                ALTER TABLE t ADD UNIQUE USING INDEX t_b;
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("t_pkey");
        assertThat(t.column("a").orElseThrow().nullable()).isFalse();
        assertThat(t.indexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("t_b");
            assertThat(i.attrs().has(PgUniqueConstraint.class)).isTrue();
        });
    }

    @Test
    void dropColumnTakesItsKeysAlong() {
        Table t = load("""
                CREATE TABLE t (a int, b int UNIQUE, c int CHECK (c > 0));
                ALTER TABLE t DROP COLUMN b;
                ALTER TABLE t DROP c;
                """).table("t").orElseThrow();
        assertThat(t.columns()).extracting(Column::name).containsExactly("a");
        assertThat(t.indexes()).isEmpty();
        assertThat(t.checks()).isEmpty();
    }

    @Test
    void arraysOfAnySpellingAreOneDimensionlessArrayType() {
        Table t = load("CREATE TABLE t (a integer array, b int[][], c integer ARRAY[4], d text[3])").table("t").orElseThrow();
        assertThat(t.columns()).extracting(Column::type).extracting(ColumnType::name)
                .containsExactly("integer[]", "integer[]", "integer[]", "text[]");
    }

    @Test
    void foreignKeysFindQuotedTablesAndKeepMatchFull() {
        Schema s = load("""
                CREATE TABLE "Users" ("UserId" int PRIMARY KEY);
                CREATE TABLE users (id int PRIMARY KEY);
                CREATE TABLE o (q int REFERENCES "Users" ("UserId"), u int REFERENCES users (id) MATCH FULL);
                """);
        Table o = s.table("o").orElseThrow();
        assertThat(o.foreignKeys()).extracting(f -> f.refTable().name()).containsExactly("Users", "users");
        assertThat(o.foreignKeys().get(0).attrs().has(PgMatchFull.class)).isFalse();
        assertThat(o.foreignKeys().get(1).attrs().has(PgMatchFull.class)).isTrue();
    }

    @Test
    void collationsUnloggedTablesRowSecurityAndExpressionExclusions() {
        Schema s = load("""
                CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');
                CREATE UNLOGGED TABLE t (a text COLLATE numeric, b text COLLATE "C", c text COLLATE "default",
                  CONSTRAINT ex EXCLUDE USING btree (lower(a) WITH =));
                ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                ALTER TABLE t DISABLE ROW LEVEL SECURITY;
                """);
        Table t = s.table("t").orElseThrow();
        assertThat(t.column("a").orElseThrow().attrs().get(io.atlas4j.schema.Collation.class)).contains(new io.atlas4j.schema.Collation("numeric"));
        assertThat(t.column("b").orElseThrow().attrs().get(io.atlas4j.schema.Collation.class)).contains(new io.atlas4j.schema.Collation("C"));
        assertThat(t.column("c").orElseThrow().attrs().isEmpty()).isTrue();
        assertThat(t.attrs().has(io.atlas4j.postgres.PgUnlogged.class)).isTrue();
        assertThat(t.attrs().has(io.atlas4j.postgres.PgRowSecurity.class)).isFalse();
        assertThat(t.attrs().get(io.atlas4j.postgres.PgExcludes.class).orElseThrow().constraints())
                .containsExactly(new io.atlas4j.postgres.PgExclude("ex", "EXCLUDE USING btree (lower(a) WITH =)"));
    }

    @Test
    void namesGivenToColumnKeysKeepTheirQuotingAndOtherSchemasTypesAreUnmodelled() {
        Schema s = OfflineSchemas.loadRealm(java.util.List.of(new io.atlas4j.SqlScript("s.sql", """
                CREATE SCHEMA other;
                CREATE TYPE other.mood AS ENUM ('ok');
                CREATE TABLE t (id int CONSTRAINT "PrimaryKey" PRIMARY KEY, e text CONSTRAINT "Uniq" UNIQUE, m other.mood, fulltext tsvector);
                """)), PostgresDialect.create(), io.atlas4j.spi.Scope.DATABASE).schema("public").orElseThrow();
        Table t = s.table("t").orElseThrow();
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("PrimaryKey");
        assertThat(t.indexes()).extracting(io.atlas4j.schema.Index::name).containsExactly("Uniq");
        assertThat(t.column("m").orElseThrow().type()).isEqualTo(new io.atlas4j.schema.type.UnsupportedType("other.mood"));
        assertThat(t.column("fulltext")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE c PARTITION OF p FOR VALUES FROM (-1) TO (5)",
        "CREATE TABLE p (a timestamptz) PARTITION BY RANGE (a); CREATE TABLE c PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
        "CREATE TABLE p (a int) PARTITION BY LIST (a); CREATE TABLE c PARTITION OF p (a NOT NULL) FOR VALUES IN (1)",
        "CREATE TABLE p (a int) PARTITION BY LIST (a); CREATE TABLE c PARTITION OF p FOR VALUES IN (1); ALTER TABLE p ADD COLUMN b int",
        "CREATE TABLE p (a int); CREATE TABLE c (b int) INHERITS (p); DROP TABLE p",
        "CREATE TABLE p (a int); CREATE TABLE c (b int) INHERITS (p); ALTER TABLE p ADD PRIMARY KEY (a)",
        "CREATE TABLE p (a int); CREATE TABLE c (b int) INHERITS (p); ALTER TABLE ONLY p ADD CHECK (a > 0)",
        "CREATE TABLE p (a int GENERATED ALWAYS AS IDENTITY); CREATE TABLE c () INHERITS (p)",
        "CREATE TABLE p (a int); CREATE TABLE c (a text) INHERITS (p)",
        "CREATE TABLE p (a int); CREATE TABLE c (LIKE p INCLUDING STATISTICS, LIKE p)",
        "CREATE TABLE t (a int); CREATE UNIQUE INDEX i ON t (lower(a::text)); ALTER TABLE t ADD PRIMARY KEY USING INDEX i",
        "CREATE TABLE t (a int); CREATE TABLE r (a int REFERENCES t (a)); ALTER TABLE t DROP COLUMN a",
        "CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED); ALTER TABLE t DROP COLUMN a",
        "CREATE TABLE l (code varchar(2)) PARTITION BY LIST (code); CREATE TABLE l_x PARTITION OF l FOR VALUES IN ('abc')",
        "CREATE TABLE t (a int PRIMARY KEY, parent int REFERENCES t (a)); ALTER TABLE t DROP COLUMN a",
        "CREATE TABLE t (a text COLLATE \"en_US\")",
        "CREATE TABLE t (a int COLLATE \"C\")",
        "CREATE TABLE t (a int, EXCLUDE USING btree ((a + 1) WITH =))",
    })
    void refusesWhatItCannotModel(String sql) {
        assertThatThrownBy(() -> load(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }
}
