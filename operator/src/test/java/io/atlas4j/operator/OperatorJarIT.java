package io.atlas4j.operator;

import static io.atlas4j.operator.Resources.is;
import static io.atlas4j.operator.Resources.schemaYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atlas4j.operator.crd.AtlasSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} of the packaged operator, in a child process, against the mock API server
 * through a generated kubeconfig: it logs what it watches, then reconciles a resource.
 */
class OperatorJarIT {
    @TempDir
    Path tmp;

    @Test
    void theJarStartsFromAKubeconfigAndLogsWhatItWatches() throws Exception {
        Path jar = Path.of(System.getProperty("atlas4j.operator.jar", "target/atlas4j-operator.jar"));
        assertThat(jar).as("the packaged operator jar (mvn package)").exists();
        try (MockCluster cluster = new MockCluster()) {
            Path kubeconfig = tmp.resolve("kubeconfig");
            Files.writeString(kubeconfig, """
                    apiVersion: v1
                    kind: Config
                    clusters:
                      - name: mock
                        cluster:
                          server: %s
                    users:
                      - name: tester
                        user:
                          token: not-a-real-token
                    contexts:
                      - name: mock
                        context:
                          cluster: mock
                          user: tester
                          namespace: default
                    current-context: mock
                    """.formatted(cluster.client().getMasterUrl().toString().replaceAll("/$", "")));
            Path log = tmp.resolve("operator.log");
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                    jar.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("KUBECONFIG", kubeconfig.toString());
            pb.environment().put("ATLAS4J_RESYNC", "PT2S");
            pb.environment().remove("KUBERNETES_SERVICE_HOST");
            Process p = pb.start();
            try {
                String expected = "atlas4j operator watching AtlasSchema (atlasschemas.db.atlasgo.io/v1alpha1)"
                        + " and AtlasMigration (atlasmigrations.db.atlasgo.io/v1alpha1) in all namespaces";
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> read(log).contains(expected) || !p.isAlive());
                assertThat(read(log)).as("the operator's output").contains(expected).contains(cluster.client().getMasterUrl().getHost());

                Sqlite db = new Sqlite(tmp.resolve("app.db"));
                cluster.secret("default", "db", "url", db.url());
                var k8s = cluster.client();
                k8s.resources(AtlasSchema.class).inNamespace("default")
                        .resource(Resources.schema(k8s, schemaYaml("app", "db", "CREATE TABLE users (id INTEGER PRIMARY KEY);", ""))).create();
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    AtlasSchema r = cluster.schema("default", "app");
                    return r.getStatus() != null && is(r.getStatus().conditions(), "Ready", "True", "Applied");
                });
                assertThat(db.columns("users")).containsExactly("id");
                assertThat(read(log)).contains("default/app: applied 1 statement(s)");
            } finally {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
