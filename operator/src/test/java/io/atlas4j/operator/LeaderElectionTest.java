package io.atlas4j.operator;

import static io.atlas4j.operator.Resources.is;
import static io.atlas4j.operator.Resources.schemaYaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atlas4j.operator.crd.AtlasSchema;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two operator replicas with leader election against one API server: one leads, and the schema is applied once. */
class LeaderElectionTest {
    /** Short, so the follower takes over within seconds of the leader going away. */
    private static final Duration LEASE = Duration.ofSeconds(4);

    @TempDir
    Path tmp;

    @Test
    void twoReplicasApplyOnce() throws InterruptedException {
        try (MockCluster cluster = new MockCluster()) {
            String ns = "apps";
            Sqlite db = new Sqlite(tmp.resolve("app.db"));
            cluster.secret(ns, "db-credentials", "url", db.url());
            var a = cluster.start(MockCluster.FAST.withLeaderElection(new LeaderElection("atlas4j-operator", Optional.of("default"), Optional.of("replica-a"), false, LEASE)));
            var b = cluster.start(MockCluster.FAST.withLeaderElection(new LeaderElection("atlas4j-operator", Optional.of("default"), Optional.of("replica-b"), false, LEASE)));

            var k8s = cluster.client();
            k8s.resources(AtlasSchema.class).inNamespace(ns)
                    .resource(Resources.schema(k8s, schemaYaml("app", "db-credentials", "CREATE TABLE users (id INTEGER PRIMARY KEY);", ""))).create();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
                AtlasSchema r = cluster.schema(ns, "app");
                return r.getStatus() != null && is(r.getStatus().conditions(), "Ready", "True", "UpToDate");
            });
            Thread.sleep(2000);

            Lease lease = k8s.leases().inNamespace("default").withName("atlas4j-operator").get();
            assertThat(lease).isNotNull();
            assertThat(lease.getSpec().getHolderIdentity()).isIn("replica-a", "replica-b");
            assertThat(db.rows("SELECT COUNT(*) FROM atlas4j_schema_history")).containsExactly("1");
            assertThat(cluster.events(ns, "app")).extracting(Event::getReason).containsExactly("Applied");
            assertThat(db.columns("users")).containsExactly("id");

            // The leader goes away: the other replica takes the Lease and applies the next change.
            String leader = lease.getSpec().getHolderIdentity();
            cluster.stop(leader.equals("replica-a") ? a : b);
            k8s.resources(AtlasSchema.class).inNamespace(ns).withName("app").edit(r -> {
                r.setSpec(Resources.schema(k8s, schemaYaml("app", "db-credentials", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);", ""))
                        .getSpec());
                return r;
            });
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).until(() -> {
                AtlasSchema r = cluster.schema(ns, "app");
                return r.getStatus().observedGeneration() == 2 && is(r.getStatus().conditions(), "Ready", "True", "Applied");
            });
            assertThat(k8s.leases().inNamespace("default").withName("atlas4j-operator").get().getSpec().getHolderIdentity()).isNotEqualTo(leader);
            assertThat(db.columns("users")).containsExactly("id", "name");
            assertThat(db.rows("SELECT COUNT(*) FROM atlas4j_schema_history")).containsExactly("2");
        }
    }
}
