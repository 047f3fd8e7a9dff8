package io.atlas4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.SchemaParseException;
import io.atlas4j.postgres.PgExtension;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.type.UnsupportedType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Extensions (their default version per major), and the statements outside the schema model: roles, DO blocks that only create roles, default privileges. */
class OfflinePostgresExtensionsReaderTest {
    private static Schema load(String sql, PostgresDialect dialect) {
        return OfflineSchemas.load(sql, "schema.sql", dialect);
    }

    private static Schema load(String sql) {
        return load(sql, PostgresDialect.create());
    }

    @Test
    void anExtensionWithoutVersionGetsTheDefaultOfTheDialectsMajor() {
        String sql = "CREATE EXTENSION IF NOT EXISTS btree_gist; CREATE EXTENSION \"uuid-ossp\" WITH SCHEMA public CASCADE";
        assertThat(load(sql, PostgresDialect.forVersion(150004)).objects()).containsExactly(
                new PgExtension("btree_gist", "1.7", Attrs.of(new Comment("support for indexing common datatypes in GiST"))),
                new PgExtension("uuid-ossp", "1.1", Attrs.of(new Comment("generate universally unique identifiers (UUIDs)"))));
        assertThat(load(sql, PostgresDialect.forVersion(130011)).objects()).first()
                .isEqualTo(new PgExtension("btree_gist", "1.5", Attrs.of(new Comment("support for indexing common datatypes in GiST"))));
        assertThat(load("CREATE EXTENSION intarray", PostgresDialect.forVersion(130011)).objects()).extracting(o -> ((PgExtension) o).version())
                .containsExactly("1.3");
        assertThat(load("CREATE EXTENSION intarray", PostgresDialect.forVersion(170002)).objects()).extracting(o -> ((PgExtension) o).version())
                .containsExactly("1.5");
    }

    @Test
    void anExplicitVersionAndCommentAreKept() {
        Schema s = load("CREATE EXTENSION citext VERSION '1.5'; COMMENT ON EXTENSION citext IS 'ci'; CREATE EXTENSION IF NOT EXISTS citext;");
        assertThat(s.objects()).containsExactly(new PgExtension("citext", "1.5", Attrs.of(new Comment("ci"))));
    }

    @Test
    void theTypesOfAnExtensionAreTypesTheInspectorDoesNotModel() {
        Schema s = load("CREATE EXTENSION hstore; CREATE TABLE t (h hstore, hs hstore[])");
        assertThat(s.table("t").orElseThrow().column("h").orElseThrow().type()).isEqualTo(new UnsupportedType("hstore"));
        assertThatThrownBy(() -> load("CREATE TABLE t (h hstore)")).isInstanceOf(SchemaParseException.class);
    }

    @Test
    void rolesDefaultPrivilegesAndRoleOnlyDoBlocksChangeNoSchemaObject() {
        Schema s = load("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'app') THEN
                        CREATE ROLE app LOGIN;
                    ELSIF EXISTS (SELECT FROM pg_catalog.pg_user WHERE usename = 'x') THEN
                        RAISE NOTICE 'x';
                    END IF;
                END $$;
                DO LANGUAGE plpgsql $body$ BEGIN CREATE USER u; EXCEPTION WHEN duplicate_object THEN NULL; END $body$;
                DO $$ BEGIN EXECUTE format('GRANT app TO %I', current_user); GRANT app TO u; END $$;
                CREATE ROLE other;
                ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO app;
                CREATE TABLE t (a int);
                """);
        assertThat(s.tables()).hasSize(1);
        assertThat(s.objects()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE EXTENSION postgis",
        "CREATE EXTENSION citext; CREATE EXTENSION citext",
        "DO $$ BEGIN CREATE TABLE t (a int); END $$",
        "DO $$ BEGIN EXECUTE format('GRANT r TO %s', current_user); END $$",
        "DO $$ BEGIN EXECUTE format('DROP TABLE %I', 't'); END $$",
        "DO $$ BEGIN EXECUTE 'GRANT r TO u; DROP TABLE t'; END $$",
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 't') THEN CREATE ROLE r; END IF; END $$",
        "DO $$ DECLARE n int; BEGIN CREATE ROLE r; END $$",
        "DO $$ BEGIN CREATE ROLE r; EXCEPTION WHEN others THEN NULL; END $$",
        "DO $$ BEGIN RAISE EXCEPTION 'no'; END $$",
        "DO LANGUAGE plperl $$ 1 $$",
    })
    void refusesWhatItCannotModel(String sql) {
        assertThatThrownBy(() -> load(sql, PostgresDialect.forVersion(120000))).isInstanceOf(SchemaParseException.class)
                .hasMessageContaining("cannot load offline");
        assertThatThrownBy(() -> load(sql)).isInstanceOf(SchemaParseException.class).hasMessageContaining("cannot load offline");
    }

    @Test
    void aMajorTheTableDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> load("CREATE EXTENSION citext", PostgresDialect.forVersion(120000))).isInstanceOf(SchemaParseException.class)
                .hasMessageContaining("default version");
        assertThat(load("CREATE EXTENSION citext VERSION '1.4'", PostgresDialect.forVersion(120000)).objects()).hasSize(1);
    }
}
