package io.atlas4j.operator;

import static io.atlas4j.operator.Resources.condition;
import static io.atlas4j.operator.Resources.is;
import static io.atlas4j.operator.Resources.schemaYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atlas4j.operator.crd.AtlasSchema;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AtlasSchema reconciler against the mock API server, with SQLite databases (always available). */
class AtlasSchemaSqliteTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);";
    private static final String USERS_EMAIL = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);";

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

    private static String namespace() {
        return "ns-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Sqlite database(String ns) {
        Sqlite db = new Sqlite(tmp.resolve(ns + ".db"));
        cluster.secret(ns, "db-credentials", "url", db.url());
        return db;
    }

    private static AtlasSchema create(String ns, String yaml) {
        return k8s.resources(AtlasSchema.class).inNamespace(ns).resource(Resources.schema(k8s, yaml)).create();
    }

    private static void edit(String ns, String name, String yaml) {
        AtlasSchema next = Resources.schema(k8s, yaml);
        k8s.resources(AtlasSchema.class).inNamespace(ns).withName(name).edit(r -> {
            r.setSpec(next.getSpec());
            return r;
        });
    }

    private static AtlasSchema awaitCondition(String ns, String name, String type, String status, String reason, long generation) {
        eventually().until(() -> {
            AtlasSchema r = cluster.schema(ns, name);
            return r.getStatus() != null && r.getStatus().observedGeneration() == generation && is(r.getStatus().conditions(), type, status, reason);
        });
        return cluster.schema(ns, name);
    }

    @Test
    void createsTheSchemaAndReportsReadyPlannedAndNotFailed() {
        String ns = namespace();
        Sqlite db = database(ns);
        create(ns, schemaYaml("app", "db-credentials", USERS, ""));

        AtlasSchema r = awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        assertThat(db.columns("users")).containsExactly("id", "name");
        assertThat(r.getStatus().phase()).isEqualTo("Ready");
        assertThat(condition(r.getStatus().conditions(), "Planned").orElseThrow().getStatus()).isEqualTo("True");
        assertThat(condition(r.getStatus().conditions(), "Planned").orElseThrow().getMessage()).contains("CREATE TABLE");
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getStatus()).isEqualTo("False");
        assertThat(r.getStatus().lastAppliedPlan()).contains("CREATE TABLE").contains("users");
        assertThat(r.getStatus().lastApplied()).isNotBlank();
        assertThat(r.getStatus().failures()).isZero();
        List<Event> events = cluster.events(ns, "app");
        assertThat(events).extracting(Event::getReason).containsExactly("Applied");
        assertThat(events.get(0).getType()).isEqualTo("Normal");
        assertThat(events.get(0).getMessage()).contains("CREATE TABLE");
    }

    @Test
    void reconcilingAgainChangesNothing() throws InterruptedException {
        String ns = namespace();
        Sqlite db = database(ns);
        create(ns, schemaYaml("app", "db-credentials", USERS, ""));
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        // The resync runs every second: after several, the database still has one apply in its history.
        eventually().until(() -> is(cluster.schema(ns, "app").getStatus().conditions(), "Ready", "True", "UpToDate"));
        assertThat(is(cluster.schema(ns, "app").getStatus().conditions(), "Planned", "True", "NoChanges")).isTrue();
        assertThat(cluster.schema(ns, "app").getStatus().plan()).isNull();
        Thread.sleep(2500);
        assertThat(is(cluster.schema(ns, "app").getStatus().conditions(), "Ready", "True", "UpToDate")).isTrue();
        assertThat(db.rows("SELECT COUNT(*) FROM atlas4j_schema_history WHERE success")).containsExactly("1");
        assertThat(cluster.events(ns, "app")).extracting(Event::getReason).containsExactly("Applied");
        assertThat(cluster.schema(ns, "app").getStatus().lastAppliedPlan()).contains("CREATE TABLE");
    }

    @Test
    void appliesAChangedResource() {
        String ns = namespace();
        Sqlite db = database(ns);
        create(ns, schemaYaml("app", "db-credentials", USERS, ""));
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        db.exec("INSERT INTO users (id, name) VALUES (1, 'ada')");

        edit(ns, "app", schemaYaml("app", "db-credentials", USERS_EMAIL, ""));
        AtlasSchema r = awaitCondition(ns, "app", "Ready", "True", "Applied", 2);
        assertThat(db.columns("users")).containsExactly("id", "name", "email");
        assertThat(db.rows("SELECT name FROM users")).containsExactly("ada");
        assertThat(r.getStatus().lastAppliedPlan()).contains("email");
        assertThat(cluster.events(ns, "app")).extracting(Event::getReason).containsExactly("Applied", "Applied");
    }

    @Test
    void refusesADestructiveChangeAndLeavesTheDatabaseAlone() {
        String ns = namespace();
        Sqlite db = database(ns);
        create(ns, schemaYaml("app", "db-credentials", USERS_EMAIL, ""));
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        db.exec("INSERT INTO users (id, name, email) VALUES (1, 'ada', 'ada@example.com')");
        List<String> before = db.rows("SELECT sql FROM sqlite_master ORDER BY name");

        edit(ns, "app", schemaYaml("app", "db-credentials", USERS, ""));
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "DestructiveChange", 2);
        assertThat(r.getStatus().phase()).isEqualTo("Failed");
        assertThat(is(r.getStatus().conditions(), "Ready", "False", "DestructiveChange")).isTrue();
        assertThat(is(r.getStatus().conditions(), "Planned", "True", "PlanComputed")).isTrue();
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage())
                .contains("drop column users.email").contains("allowDestructive");
        assertThat(r.getStatus().plan()).containsIgnoringCase("email");
        assertThat(r.getStatus().lint()).anySatisfy(f -> assertThat(f.code()).isEqualTo("DS103"));
        assertThat(db.rows("SELECT sql FROM sqlite_master ORDER BY name")).isEqualTo(before);
        assertThat(db.rows("SELECT email FROM users")).containsExactly("ada@example.com");
        eventually().until(() -> cluster.events(ns, "app").stream().anyMatch(e -> "DestructiveChange".equals(e.getReason())));
        Event refusal = cluster.events(ns, "app").stream().filter(e -> "DestructiveChange".equals(e.getReason())).findFirst().orElseThrow();
        assertThat(refusal.getType()).isEqualTo("Warning");

        // Retries with backoff keep refusing, and record one event, not one per retry.
        eventually().until(() -> cluster.schema(ns, "app").getStatus().failures() >= 3);
        assertThat(cluster.events(ns, "app").stream().filter(e -> "DestructiveChange".equals(e.getReason()))).hasSize(1);
        assertThat(db.columns("users")).contains("email");

        // Allowed by the policy, the same change is applied.
        edit(ns, "app", schemaYaml("app", "db-credentials", USERS, "policy:\n  allowDestructive: true"));
        awaitCondition(ns, "app", "Ready", "True", "Applied", 3);
        assertThat(db.columns("users")).containsExactly("id", "name");
    }

    @Test
    void atlasLintDestructiveErrorFalseAllowsDropsToo() {
        String ns = namespace();
        Sqlite db = database(ns);
        db.exec("CREATE TABLE legacy (id INTEGER)");
        create(ns, schemaYaml("app", "db-credentials", USERS, "policy:\n  lint:\n    destructive:\n      error: false"));
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        assertThat(db.tables()).contains("users").doesNotContain("legacy");
    }

    @Test
    void refusesAPlanWithLintFindingsAtFailOn() {
        String ns = namespace();
        Sqlite db = database(ns);
        db.exec("CREATE TABLE legacy (id INTEGER)");
        create(ns, schemaYaml("app", "db-credentials", USERS, "policy:\n  allowDestructive: true\n  lint:\n    failOn: error"));
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "LintFailed", 1);
        assertThat(is(r.getStatus().conditions(), "Ready", "False", "LintFailed")).isTrue();
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage()).contains("DS102").contains("legacy");
        assertThat(r.getStatus().lint()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("DS102");
            assertThat(f.severity()).isEqualTo("error");
        });
        assertThat(db.tables()).containsExactly("legacy");
        eventually().until(() -> cluster.events(ns, "app").stream().anyMatch(e -> "LintFailed".equals(e.getReason())));
    }

    @Test
    void excludedTablesAndSkippedChangesAreLeftAlone() {
        String ns = namespace();
        Sqlite db = database(ns);
        db.exec("CREATE TABLE legacy (id INTEGER)", "CREATE TABLE audit_2024 (id INTEGER)", "CREATE TABLE notes (id INTEGER, body TEXT)");
        create(ns, schemaYaml("app", "db-credentials", USERS + "\nCREATE TABLE notes (id INTEGER);",
                "exclude: [legacy, \"audit_*\"]\npolicy:\n  diff:\n    skip:\n      drop_column: true"));
        AtlasSchema r = awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        assertThat(db.tables()).containsExactly("atlas4j_schema_history", "audit_2024", "legacy", "notes", "users");
        assertThat(db.columns("notes")).containsExactly("id", "body");
        assertThat(r.getStatus().lastAppliedPlan()).contains("users").doesNotContain("legacy").doesNotContain("audit");
    }

    @Test
    void readsTheDesiredSchemaFromAConfigMap() {
        String ns = namespace();
        Sqlite db = database(ns);
        String yaml = """
                apiVersion: db.atlasgo.io/v1alpha1
                kind: AtlasSchema
                metadata:
                  name: app
                spec:
                  urlFrom:
                    secretKeyRef: {name: db-credentials, key: url}
                  schema:
                    configMapKeyRef: {name: app-schema, key: schema.sql}
                """;
        create(ns, yaml);
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "ConfigMapNotFound", 1);
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage()).contains("\"app-schema\"").contains(ns);
        assertThat(is(r.getStatus().conditions(), "Planned", "False", "ConfigMapNotFound")).isTrue();

        cluster.configMap(ns, "app-schema", Map.of("other.sql", USERS));
        awaitCondition(ns, "app", "Failed", "True", "ConfigMapKeyNotFound", 1);

        // Retried with backoff: once the key is there, the schema is applied without touching the resource.
        cluster.configMap(ns, "app-schema", Map.of("schema.sql", USERS));
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        assertThat(db.columns("users")).containsExactly("id", "name");
    }

    @Test
    void readsAtlasHclFromAConfigMapKeyEndingInHcl() {
        String ns = namespace();
        Sqlite db = database(ns);
        cluster.configMap(ns, "app-schema", Map.of("schema.hcl", """
                schema "main" {}
                table "users" {
                  schema = schema.main
                  column "id" {
                    type = integer
                  }
                  column "email" {
                    type = text
                    null = true
                  }
                  primary_key {
                    columns = [column.id]
                  }
                }
                """));
        create(ns, """
                apiVersion: db.atlasgo.io/v1alpha1
                kind: AtlasSchema
                metadata:
                  name: app
                spec:
                  urlFrom:
                    secretKeyRef: {name: db-credentials, key: url}
                  schema:
                    configMapKeyRef: {name: app-schema, key: schema.hcl}
                """);
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        assertThat(db.columns("users")).containsExactly("id", "email");
    }

    @Test
    void aMissingSecretGivesAClearConditionAndIsRetried() {
        String ns = namespace();
        create(ns, schemaYaml("app", "missing", USERS, ""));
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "SecretNotFound", 1);
        assertThat(r.getStatus().phase()).isEqualTo("Failed");
        assertThat(is(r.getStatus().conditions(), "Ready", "False", "SecretNotFound")).isTrue();
        assertThat(is(r.getStatus().conditions(), "Planned", "False", "SecretNotFound")).isTrue();
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage())
                .isEqualTo("Secret \"missing\" (spec.urlFrom.secretKeyRef) does not exist in namespace \"" + ns
                        + "\": create it with the key \"url\" holding the database URL");
        eventually().until(() -> cluster.events(ns, "app").stream().anyMatch(e -> "SecretNotFound".equals(e.getReason())));

        Sqlite db = new Sqlite(tmp.resolve(ns + ".db"));
        cluster.secret(ns, "missing", "url", db.url());
        awaitCondition(ns, "app", "Ready", "True", "Applied", 1);
        assertThat(db.tables()).containsExactly("atlas4j_schema_history", "users");
    }

    @Test
    void aSchemaGivenTwiceIsAnInvalidSpec() {
        String ns = namespace();
        database(ns);
        create(ns, schemaYaml("app", "db-credentials", USERS, "") .replace("  schema:\n", "  schema:\n    configMapKeyRef: {name: s, key: k}\n"));
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "InvalidSpec", 1);
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage())
                .isEqualTo("spec.schema needs exactly one of sql and configMapKeyRef");
    }

    @Test
    void aSecretWithoutTheKeyNamesTheKeysItHas() {
        String ns = namespace();
        cluster.secret(ns, "db", "uri", "jdbc:sqlite:/nowhere.db");
        create(ns, schemaYaml("app", "db", USERS, ""));
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "SecretKeyNotFound", 1);
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage())
                .isEqualTo("Secret \"db\" has no key \"url\" (spec.urlFrom.secretKeyRef); it has the keys [uri]");
    }

    @Test
    void theStatusAndEventsNeverHoldThePassword() {
        String ns = namespace();
        String password = "S3cr3t-pa55word";
        // Nothing listens on port 9: the connection fails, and the error is reported without the password.
        cluster.secret(ns, "db", "url", "postgres://app:" + password + "@127.0.0.1:9/app?sslmode=disable&connectTimeout=2");
        create(ns, schemaYaml("app", "db", USERS, ""));
        AtlasSchema r = awaitCondition(ns, "app", "Failed", "True", "ConnectionFailed", 1);
        eventually().until(() -> !cluster.events(ns, "app").isEmpty());
        assertThat(Resources.json(cluster.schema(ns, "app"))).doesNotContain(password).doesNotContain("pa55word");
        assertThat(Resources.json(cluster.events(ns, "app"))).doesNotContain(password).doesNotContain("pa55word");
        assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage()).isNotBlank();
    }
}
