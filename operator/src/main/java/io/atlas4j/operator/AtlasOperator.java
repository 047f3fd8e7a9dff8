package io.atlas4j.operator;

import io.atlas4j.operator.crd.AtlasMigration;
import io.atlas4j.operator.crd.AtlasSchema;
import io.atlas4j.operator.internal.AtlasMigrationReconciler;
import io.atlas4j.operator.internal.AtlasSchemaReconciler;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.javaoperatorsdk.operator.Operator;
import io.javaoperatorsdk.operator.api.config.ControllerConfigurationOverrider;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The atlas4j operator: an {@link Operator} of the Java Operator SDK with the {@code AtlasSchema}
 * and {@code AtlasMigration} reconcilers registered.
 *
 * <pre>{@code
 * Operator op = AtlasOperator.create(new KubernetesClientBuilder().build(), OperatorSettings.defaults());
 * op.start();
 * }</pre>
 */
public final class AtlasOperator {
    /** The resources the operator watches, as {@code kind (plural.group/version)}. */
    public static final List<String> WATCHED = List.of(describe(AtlasSchema.class), describe(AtlasMigration.class));

    private AtlasOperator() {
    }

    /**
     * {@return an operator, not started yet, reconciling through {@code client}} The client stays open
     * when the operator stops. Status is written with JSON patches rather than server-side apply,
     * which every API server (and fabric8's mock server) accepts.
     */
    public static Operator create(KubernetesClient client, OperatorSettings settings) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(settings, "settings");
        Operator operator = new Operator(o -> {
            o.withKubernetesClient(client).withCloseClientOnStop(false).withUseSSAToPatchPrimaryResource(false)
                    .withConcurrentReconciliationThreads(4);
            settings.leaderElection().ifPresent(le -> o.withLeaderElectionConfiguration(new LeaderElectionConfiguration(le.lease(),
                    le.namespace().orElse(null), le.leaseDuration(), le.renewDeadline(), le.retryPeriod(),
                    le.identity().orElse(null), null, le.exitOnLoss())));
        });
        operator.register(new AtlasSchemaReconciler(settings), watch(settings, "atlasschema"));
        operator.register(new AtlasMigrationReconciler(settings), watch(settings, "atlasmigration"));
        return operator;
    }

    /** {@return where the operator looks: the namespaces of {@code settings}, or all} */
    public static String scope(OperatorSettings settings) {
        return settings.namespaces().isEmpty() ? "all namespaces" : "namespaces " + String.join(", ", settings.namespaces().stream().sorted().toList());
    }

    private static <R extends HasMetadata> Consumer<ControllerConfigurationOverrider<R>> watch(OperatorSettings settings, String name) {
        return c -> {
            c.withName(name).withGenerationAware(true);
            if (settings.namespaces().isEmpty()) c.watchingAllNamespaces();
            else c.settingNamespaces(settings.namespaces());
        };
    }

    private static String describe(Class<? extends HasMetadata> type) {
        return HasMetadata.getKind(type) + " (" + HasMetadata.getPlural(type) + "." + HasMetadata.getGroup(type) + "/" + HasMetadata.getVersion(type) + ")";
    }
}
