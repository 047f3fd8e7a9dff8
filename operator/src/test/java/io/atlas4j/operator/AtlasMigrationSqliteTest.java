package io.atlas4j.operator;

import static io.atlas4j.operator.Resources.condition;
import static io.atlas4j.operator.Resources.is;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atlas4j.migrate.dir.DirectoryEntry;
import io.atlas4j.migrate.dir.SumFile;
import io.atlas4j.operator.crd.AtlasMigration;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AtlasMigration reconciler against the mock API server, with SQLite databases. */
class AtlasMigrationSqliteTest {
    static final String V1 = "20240101000000_users.sql";
    static final String V2 = "20240102000000_posts.sql";
    static final String V3 = "20240103000000_tags.sql";

    private static MockCluster cluster;
    private static KubernetesClient k8s;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        cluster = new MockCluster();
        k8s = cluster.client();
        cluster.start(MockCluster.FAST);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) cluster.close();
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }

    /** {@return the files with an atlas.sum computed over them, as a ConfigMap holds them} */
    static Map<String, String> withSum(Map<String, String> files) {
        List<DirectoryEntry> entries = new ArrayList<>();
        files.forEach((k, v) -> entries.add(DirectoryEntry.of(k, v)));
        Map<String, String> out = new LinkedHashMap<>(files);
        out.put(SumFile.NAME, new String(SumFile.compute(entries).bytes(), StandardCharsets.UTF_8));
        return out;
    }

    static Map<String, String> twoFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(V1, "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        files.put(V2, "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));\n");
        return files;
    }

    static String migrationYaml(String name, String secret, String dirSpec, String extraSpec) {
        return """
                apiVersion: db.atlasgo.io/v1alpha1
                kind: AtlasMigration
                metadata:
                  name: %s
                spec:
                  urlFrom:
                    secretKeyRef: {name: %s, key: url}
                  dir:
                %s
                %s
                """.formatted(name, secret, Resources.indent(dirSpec, "    "), Resources.indent(extraSpec, "  "));
    }

    private static String namespace() {
        return "ns-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Sqlite database(String ns) {
        Sqlite db = new Sqlite(tmp.resolve(ns + ".db"));
        cluster.secret(ns, "db-credentials", "url", db.url());
        return db;
    }

    private static void create(String ns, String yaml) {
        k8s.resources(AtlasMigration.class).inNamespace(ns).resource(Resources.migration(k8s, yaml)).create();
    }

    private static AtlasMigration awaitCondition(String ns, String name, String type, String status, String reason) {
        eventually().until(() -> {
            AtlasMigration r = cluster.migration(ns, name);
            return r.getStatus() != null && is(r.getStatus().conditions(), type, status, reason);
        });
        return cluster.migration(ns, name);
    }

    @Test
    void appliesTheDirectoryOfAConfigMapOnceAndThenWhatIsAdded() throws InterruptedException {
        String ns = namespace();
        Sqlite db = database(ns);
        cluster.configMap(ns, "migrations", withSum(twoFiles()));
        create(ns, migrationYaml("app", "db-credentials", "configMapRef: {name: migrations}", ""));

        AtlasMigration r = awaitCondition(ns, "app", "Ready", "True", "Applied");
        assertThat(r.getStatus().lastAppliedVersion()).isEqualTo("20240102000000");
        assertThat(r.getStatus().appliedFiles()).containsExactly(V1, V2);
        assertThat(r.getStatus().observedGeneration()).isEqualTo(1L);
        assertThat(condition(r.getStatus().conditions(), "Planned").orElseThrow().getMessage()).isEqualTo("2 pending file(s): " + V1 + ", " + V2);
        assertThat(is(r.getStatus().conditions(), "Failed", "False", "Applied")).isTrue();
        assertThat(db.tables()).contains("users", "posts", "atlas_schema_revisions");
        assertThat(cluster.events(ns, "app")).extracting(Event::getReason).containsExactly("Applied");

        // Resyncs find nothing to do.
        awaitCondition(ns, "app", "Ready", "True", "UpToDate");
        Thread.sleep(1500);
        assertThat(db.rows("SELECT version FROM atlas_schema_revisions ORDER BY version")).containsExactly("20240101000000", "20240102000000");

        // A file added to the ConfigMap is applied on the next resync.
        Map<String, String> three = twoFiles();
        three.put(V3, "CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT);\n");
        cluster.configMap(ns, "migrations", withSum(three));
        eventually().until(() -> "20240103000000".equals(cluster.migration(ns, "app").getStatus().lastAppliedVersion()));
        assertThat(cluster.migration(ns, "app").getStatus().appliedFiles()).containsExactly(V3);
        assertThat(db.tables()).contains("tags");
        assertThat(cluster.events(ns, "app")).extracting(Event::getReason).containsExactly("Applied", "Applied");
    }

    @Test
    void aStaleAtlasSumIsRefusedBeforeAnythingRuns() {
        String ns = namespace();
        Sqlite db = database(ns);
        Map<String, String> files = withSum(twoFiles());
        files.put(V2, "CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);\n");
        cluster.configMap(ns, "migrations", files);
        create(ns, migrationYaml("app", "db-credentials", "configMapRef: {name: migrations}", ""));

        AtlasMigration r = awaitCondition(ns, "app", "Failed", "True", "DirectoryInvalid");
        assertThat(r.getStatus().phase()).isEqualTo("Failed");
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage()).contains(V2);
        assertThat(is(r.getStatus().conditions(), "Ready", "False", "DirectoryInvalid")).isTrue();
        assertThat(db.tables()).isEmpty();
        eventually().until(() -> cluster.events(ns, "app").stream().anyMatch(e -> "DirectoryInvalid".equals(e.getReason())));
    }

    @Test
    void aFailingFileStopsTheRunAndListsWhatIsPending() {
        String ns = namespace();
        Sqlite db = database(ns);
        Map<String, String> files = twoFiles();
        files.put(V2, "CREATE TABLE posts (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        cluster.configMap(ns, "migrations", withSum(files));
        create(ns, migrationYaml("app", "db-credentials", "configMapRef: {name: migrations}", ""));

        AtlasMigration r = awaitCondition(ns, "app", "Failed", "True", "MigrationFailed");
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage()).contains("nowhere");
        assertThat(is(r.getStatus().conditions(), "Planned", "True", "PlanComputed")).isTrue();
        assertThat(r.getStatus().pendingFiles()).containsExactly(V1, V2);
        assertThat(db.tables()).contains("users").doesNotContain("posts");
        eventually().until(() -> cluster.events(ns, "app").stream().anyMatch(e -> "MigrationFailed".equals(e.getReason())));
    }

    @Test
    void runsAFlywayDirectoryGivenInlineFromItsBaseline() {
        String ns = namespace();
        Sqlite db = database(ns);
        String dir = """
                local:
                  V1__init.sql: |
                    CREATE TABLE legacy (id INTEGER PRIMARY KEY);
                  V2__accounts.sql: |
                    CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT);
                """;
        create(ns, migrationYaml("app", "db-credentials", dir, "format: flyway\nbaseline: \"1\""));
        AtlasMigration r = awaitCondition(ns, "app", "Ready", "True", "Applied");
        assertThat(r.getStatus().lastAppliedVersion()).isEqualTo("2");
        assertThat(r.getStatus().appliedFiles()).containsExactly("V2__accounts.sql");
        assertThat(db.tables()).contains("accounts").doesNotContain("legacy");
    }

    @Test
    void badReferencesGiveClearConditions() {
        String ns = namespace();
        create(ns, migrationYaml("no-secret", "missing", "configMapRef: {name: migrations}", ""));
        AtlasMigration r = awaitCondition(ns, "no-secret", "Failed", "True", "SecretNotFound");
        assertThat(is(r.getStatus().conditions(), "Ready", "False", "SecretNotFound")).isTrue();
        assertThat(is(r.getStatus().conditions(), "Planned", "False", "SecretNotFound")).isTrue();

        database(ns);
        create(ns, migrationYaml("no-dir", "db-credentials", "configMapRef: {name: migrations}", ""));
        r = awaitCondition(ns, "no-dir", "Failed", "True", "ConfigMapNotFound");
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage())
                .isEqualTo("ConfigMap \"migrations\" (spec.dir.configMapRef) does not exist in namespace \"" + ns + "\"");
    }
}
