package io.atlas4j.operator;

import static io.atlas4j.operator.Resources.condition;
import static io.atlas4j.operator.Resources.is;
import static io.atlas4j.operator.Resources.schemaYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atlas4j.operator.crd.AtlasMigration;
import io.atlas4j.operator.crd.AtlasSchema;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operator against the mock API server with real PostgreSQL and MariaDB servers behind it:
 * create, change, refuse a destructive change, and run a migration directory.
 */
class ServersIT {
    private static MockCluster cluster;
    private static KubernetesClient k8s;

    @BeforeAll
    static void start() {
        cluster = new MockCluster();
        k8s = cluster.client();
        cluster.start(MockCluster.FAST.withResync(Duration.ofSeconds(5)));
    }

    @AfterAll
    static void stop() {
        if (cluster != null) cluster.close();
    }

    static ConditionFactory eventually() {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200));
    }

    private static AtlasSchema awaitSchema(String ns, Predicate<AtlasSchema> done) {
        eventually().until(() -> {
            AtlasSchema r = cluster.schema(ns, "app");
            return r.getStatus() != null && done.test(r);
        });
        return cluster.schema(ns, "app");
    }

    private static void edit(String ns, String sql, String extra) {
        AtlasSchema next = Resources.schema(k8s, schemaYaml("app", "db", sql, extra));
        k8s.resources(AtlasSchema.class).inNamespace(ns).withName("app").edit(r -> {
            r.setSpec(next.getSpec());
            return r;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "mariadb"})
    void keepsTheSchemaAndRefusesDrops(String kind) throws Exception {
        try (ServerDatabase db = ServerDatabase.create(kind)) {
            String ns = "schema-" + kind;
            cluster.secret(ns, "db", "url", db.url());
            String users = "CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, name varchar(100) NOT NULL);";
            String usersEmail = "CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, name varchar(100) NOT NULL, email varchar(200));";
            k8s.resources(AtlasSchema.class).inNamespace(ns).resource(Resources.schema(k8s, schemaYaml("app", "db", users, ""))).create();
            AtlasSchema r = awaitSchema(ns, s -> is(s.getStatus().conditions(), "Ready", "True", "Applied"));
            assertThat(db.columns("users")).containsExactly("id", "name");
            assertThat(r.getStatus().lastAppliedPlan()).containsIgnoringCase("CREATE TABLE");

            edit(ns, usersEmail, "");
            awaitSchema(ns, s -> s.getStatus().observedGeneration() == 2 && is(s.getStatus().conditions(), "Ready", "True", "Applied"));
            assertThat(db.columns("users")).containsExactly("id", "name", "email");
            db.exec("INSERT INTO users (id, name, email) VALUES (1, 'ada', 'ada@example.com')");

            edit(ns, users, "");
            r = awaitSchema(ns, s -> s.getStatus().observedGeneration() == 3 && is(s.getStatus().conditions(), "Failed", "True", "DestructiveChange"));
            assertThat(condition(r.getStatus().conditions(), "Failed").orElseThrow().getMessage()).contains("users.email");
            assertThat(db.columns("users")).containsExactly("id", "name", "email");
            assertThat(db.rows("SELECT email FROM users")).containsExactly("ada@example.com");
            assertThat(cluster.events(ns, "app")).extracting(Event::getReason).contains("Applied", "DestructiveChange");
            k8s.resources(AtlasSchema.class).inNamespace(ns).withName("app").delete();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "mariadb"})
    void runsAMigrationDirectory(String kind) throws Exception {
        try (ServerDatabase db = ServerDatabase.create(kind)) {
            String ns = "migrate-" + kind;
            cluster.secret(ns, "db", "url", db.url());
            Map<String, String> files = new LinkedHashMap<>();
            files.put(AtlasMigrationSqliteTest.V1, "CREATE TABLE users (id bigint NOT NULL PRIMARY KEY, name varchar(100) NOT NULL);\n");
            files.put(AtlasMigrationSqliteTest.V2, "CREATE TABLE posts (id bigint NOT NULL PRIMARY KEY, user_id bigint REFERENCES users (id));\n");
            cluster.configMap(ns, "migrations", AtlasMigrationSqliteTest.withSum(files));
            k8s.resources(AtlasMigration.class).inNamespace(ns).resource(Resources.migration(k8s,
                    AtlasMigrationSqliteTest.migrationYaml("app", "db", "configMapRef: {name: migrations}", ""))).create();
            eventually().until(() -> {
                AtlasMigration m = cluster.migration(ns, "app");
                return m.getStatus() != null && is(m.getStatus().conditions(), "Ready", "True", "Applied");
            });
            AtlasMigration m = cluster.migration(ns, "app");
            assertThat(m.getStatus().lastAppliedVersion()).isEqualTo("20240102000000");
            assertThat(db.tables()).contains("users", "posts");
            k8s.resources(AtlasMigration.class).inNamespace(ns).withName("app").delete();
        }
    }
}
