package io.atlas4j.operator;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.Operator;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar atlas4j-operator.jar}: connects with the usual client configuration (in a Pod, its
 * service account; elsewhere {@code KUBECONFIG} or {@code ~/.kube/config}), starts the operator with
 * the settings of {@link OperatorSettings#fromEnv} and runs until stopped.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger("io.atlas4j.operator");

    private Main() {
    }

    public static void main(String[] args) {
        OperatorSettings settings = OperatorSettings.fromEnv(System.getenv());
        KubernetesClient client = new KubernetesClientBuilder().build();
        Operator operator = AtlasOperator.create(client, settings);
        operator.installShutdownHook(Duration.ofSeconds(30));
        LOG.info("atlas4j operator connecting to {}", client.getMasterUrl());
        operator.start();
        LOG.info("atlas4j operator watching {} in {}{}", String.join(" and ", AtlasOperator.WATCHED), AtlasOperator.scope(settings),
                settings.leaderElection().map(l -> " (leader election through Lease " + l.lease() + ")").orElse(""));
    }
}
