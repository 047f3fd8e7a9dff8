package io.atlas4j.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorSettingsTest {
    @Test
    void readsTheEnvironment() {
        OperatorSettings s = OperatorSettings.fromEnv(Map.of("ATLAS4J_NAMESPACES", "apps, billing,", "ATLAS4J_RETRY_INITIAL", "PT1S",
                "ATLAS4J_RESYNC", "PT30S", "ATLAS4J_LEADER_ELECTION_LEASE", "atlas4j-operator", "ATLAS4J_LEADER_ELECTION_NAMESPACE", "ops",
                "ATLAS4J_LEADER_ELECTION_IDENTITY", "pod-1"));
        assertThat(s.namespaces()).isEqualTo(Set.of("apps", "billing"));
        assertThat(s.retryInitial()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.retryMax()).isEqualTo(OperatorSettings.defaults().retryMax());
        assertThat(s.resync()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.leaderElection()).contains(new LeaderElection("atlas4j-operator", Optional.of("ops"), Optional.of("pod-1"), true));
        assertThat(AtlasOperator.scope(s)).isEqualTo("namespaces apps, billing");
        assertThat(OperatorSettings.fromEnv(Map.of()).leaderElection()).isEmpty();
        assertThat(AtlasOperator.scope(OperatorSettings.defaults())).isEqualTo("all namespaces");
    }

    @Test
    void aBadDurationNamesTheVariable() {
        assertThatThrownBy(() -> OperatorSettings.fromEnv(Map.of("ATLAS4J_RESYNC", "10m")))
                .hasMessage("ATLAS4J_RESYNC=10m is not an ISO-8601 duration: write it like PT30S or PT5M");
    }

    @Test
    void leaseTimingsFollowTheLeaseDuration() {
        LeaderElection le = new LeaderElection("l", Optional.empty(), Optional.empty(), true, Duration.ofSeconds(21));
        assertThat(le.renewDeadline()).isEqualTo(Duration.ofSeconds(14));
        assertThat(le.retryPeriod()).isEqualTo(Duration.ofSeconds(3));
        assertThat(new LeaderElection("l", Optional.empty(), Optional.empty(), true).leaseDuration()).isEqualTo(Duration.ofSeconds(15));
        assertThatThrownBy(() -> new LeaderElection("l", Optional.empty(), Optional.empty(), true, Duration.ofSeconds(1)))
                .hasMessageContaining("below 3 s");
    }

    @Test
    void oneFabric8HttpClientIsOnTheClassPath() {
        // JOSDK brings the JDK and Vert.x clients; the Vert.x one is excluded so the client factory is not ambiguous.
        List<String> factories = ServiceLoader.load(HttpClient.Factory.class).stream().map(p -> p.type().getName()).toList();
        assertThat(factories).containsExactly("io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory");
    }
}
