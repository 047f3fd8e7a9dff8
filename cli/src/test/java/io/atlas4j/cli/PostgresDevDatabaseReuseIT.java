package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.error.AtlasException;
import io.atlas4j.schema.Realm;
import io.atlas4j.spi.Scope;
import io.atlas4j.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One PostgreSQL dev database, borrowed again and again: desired files of the public conformance
 * cases (every fifth one) each load twice into it, read back the same both times, and leave the dev
 * database exactly as it was (schemas, owners, privileges, comments, contents).
 */
class PostgresDevDatabaseReuseIT {
    private static final String STATE = """
            SELECT n.nspname, pg_get_userbyid(n.nspowner), coalesce(n.nspacl::text, ''),
                   coalesce(obj_description(n.oid, 'pg_namespace'), ''),
                   (SELECT count(*) FROM pg_class c WHERE c.relnamespace = n.oid),
                   (SELECT count(*) FROM pg_proc p WHERE p.pronamespace = n.oid),
                   (SELECT count(*) FROM pg_type t WHERE t.typnamespace = n.oid)
            FROM pg_namespace n WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
            UNION ALL SELECT 'extensions', string_agg(extname, ',' ORDER BY extname), '', '', 0, 0, 0 FROM pg_extension
            ORDER BY 1""";

    @Test
    void everyLoadLeavesTheDevDatabaseAsItWas() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(SharedData.folder("conformance"))) {
            s.filter(p -> p.getFileName().toString().matches("desired\\.sql|b\\.sql|new\\.sql"))
                    .filter(p -> p.toString().contains("/sqldef/postgres/") || p.toString().contains("/migra/") || p.toString().contains("/pgschema/"))
                    .sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(900);
        try (Servers.TestDb dev = Servers.postgres(); Connection c = dev.connect()) {
            List<String> initial = Servers.strings(c, STATE);
            int loaded = 0;
            int refused = 0;
            for (int i = 0; i < files.size(); i += 5) {
                Path f = files.get(i);
                Realm first;
                try {
                    first = Atlas.loadRealm(f, c, Scope.DATABASE);
                } catch (AtlasException e) {
                    // Cases that need a role, an extension or a newer server do not load here; the database is still left alone.
                    refused++;
                    assertThat(Servers.strings(c, STATE)).as("after the refused %s", f).isEqualTo(initial);
                    continue;
                }
                Realm second = Atlas.loadRealm(f, c, Scope.DATABASE);
                assertThat(second).as("%s reads back the same when loaded again", f).isEqualTo(first);
                assertThat(Servers.strings(c, STATE)).as("the dev database after %s", f).isEqualTo(initial);
                loaded++;
            }
            System.out.printf("[atlas4j] one dev database borrowed for %d desired files (%d did not load on this server)%n", loaded, refused);
            assertThat(loaded).as("most sampled cases load").isGreaterThan(150);
        }
    }
}
