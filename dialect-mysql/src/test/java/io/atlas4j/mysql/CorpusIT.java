package io.atlas4j.mysql;

import io.atlas4j.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every MySQL schema in {@code shared/corpora/mysql}: loaded natively into a fresh database it
 * inspects and diffs to empty against itself; loaded through a dev database it diffs to empty
 * against the native one; it converges from an empty database, where the server's own catalog then
 * shows the same schema as the native load ({@link Catalog}), and back to empty.
 */
class CorpusIT {
    @TestFactory
    Stream<DynamicTest> corpora() throws Exception {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(MariaDb::server, f)));
    }

    /** {@return the corpus files, sorted; never empty} */
    static List<Path> files() throws java.io.IOException {
        Path dir = SharedData.folder("corpora/mysql");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    /**
     * Adaptations a corpus needs to load into a database of another name; each says why.
     * sakila.sql's view actor_info reads {@code sakila.film} etc. by schema-qualified name, so it
     * only loads into a database called sakila: the qualifier is removed. Its procedure
     * rewards_report ends with {@code END //} but the file never switches to that delimiter (the
     * mysql client cannot load it either): the missing {@code DELIMITER //} is added.
     */
    static String adapt(String file, String sql) {
        if (file.equals("sakila.sql")) {
            return sql.replace("sakila.", "").replace("CREATE PROCEDURE rewards_report", "DELIMITER //\nCREATE PROCEDURE rewards_report");
        }
        return sql;
    }

    /** {@return the catalog entries known to differ on MariaDB for a corpus file, from {@code corpus-catalog-differs.txt}} */
    static List<String> catalogDiffers(String file) throws java.io.IOException {
        try (var in = CorpusIT.class.getResourceAsStream("/corpus-catalog-differs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|", 3))
                    .filter(p -> p[0].trim().equals(file))
                    .map(p -> p[1].trim()).toList();
        }
    }

    /** Checks one corpus file on the server that {@code server} connects to. */
    static void check(Supplier<Connection> server, Path file) throws Exception {
        String sql = adapt(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        try (MariaDb.Db nativeDb = new MariaDb.Db("a4j_corpus", server); MariaDb.Db fresh = new MariaDb.Db("a4j_corpus_empty", server)) {
            MySqlDialect d = Harness.dialect(nativeDb.connection);
            Harness.runNative(nativeDb.connection, d, sql);
            Schema loaded = Harness.inspect(nativeDb.connection, d);
            assertThat(loaded.tables()).as("tables of " + file.getFileName()).isNotEmpty();
            assertThat(Harness.diff(d, loaded, loaded)).as("diff(native, native)").isEmpty();

            Schema dev = Harness.loadDev(nativeDb.connection, d, sql);
            assertThat(Harness.diff(d, loaded, dev)).as("diff(native, dev-loaded)").isEmpty();
            assertThat(Harness.diff(d, dev, loaded)).as("diff(dev-loaded, native)").isEmpty();

            Schema empty = Harness.inspect(fresh.connection, d);
            Plan up = Harness.plan(d, empty, dev);
            Harness.apply(fresh.connection, up);
            Schema built = Harness.inspect(fresh.connection, d);
            assertThat(Harness.diff(d, built, dev)).as("left after converging from empty with:\n" + up.sql()).isEmpty();
            Catalog nativeCatalog = Catalog.read(nativeDb.connection, nativeDb.name);
            Catalog builtCatalog = Catalog.read(fresh.connection, fresh.name);
            assertThat(Catalog.differences(nativeCatalog, builtCatalog).stream().map(l -> l.lines().findFirst().orElse("")).toList())
                    .as("the server's catalog after converging from empty with:\n%s\n%s", up.sql(), Catalog.report(nativeCatalog, builtCatalog))
                    .containsExactlyInAnyOrderElementsOf(d.server().isMariaDb() ? catalogDiffers(file.getFileName().toString()) : List.of());

            Plan down = Harness.plan(d, built, Schema.empty(built.name()).withAttrs(built.attrs()));
            Harness.apply(fresh.connection, down);
            Schema gone = Harness.inspect(fresh.connection, d);
            assertThat(gone.tables()).as("tables left after converging back to empty").isEmpty();
            assertThat(gone.views()).isEmpty();
            assertThat(gone.objects()).isEmpty();
        }
    }
}
