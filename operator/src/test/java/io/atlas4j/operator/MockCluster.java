package io.atlas4j.operator;

import io.atlas4j.operator.crd.AtlasMigration;
import io.atlas4j.operator.crd.AtlasSchema;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRuleBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.javaoperatorsdk.operator.Operator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * fabric8's mock API server in CRUD mode with the operator's CRDs installed (from the YAML the
 * build generated), and operators started against it. There is no cluster here: this is the
 * Kubernetes the operator is tested against.
 */
final class MockCluster implements AutoCloseable {
    /** Short retries and a one-second resync, so tests see retries and idempotent re-runs quickly. */
    static final OperatorSettings FAST = OperatorSettings.defaults().withRetry(Duration.ofMillis(200), Duration.ofSeconds(2))
            .withResync(Duration.ofSeconds(1)).withLockTimeout(Duration.ofSeconds(20));

    // The mock logs every request at INFO through java.util.logging; kept as a field so the setting is not collected.
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

    static {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final List<Operator> operators = new ArrayList<>();
    private final List<KubernetesClient> clients = new ArrayList<>();

    MockCluster() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
        server.init();
        // JOSDK's leader election first asks what it may do with Leases; the mock has no authorizer, so answer as RBAC would.
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectrulesreviews")
                .andReturn(201, new SelfSubjectRulesReviewBuilder().withNewStatus().withIncomplete(false)
                        .withResourceRules(new ResourceRuleBuilder().withApiGroups("coordination.k8s.io").withResources("leases")
                                .withVerbs("get", "create", "update").build()).endStatus().build()).always();
        client = server.createClient();
        for (String file : List.of("atlasschemas.db.atlasgo.io-v1.yml", "atlasmigrations.db.atlasgo.io-v1.yml")) {
            try (InputStream in = Files.newInputStream(generatedCrd(file))) {
                CustomResourceDefinition crd = client.apiextensions().v1().customResourceDefinitions().load(in).item();
                client.apiextensions().v1().customResourceDefinitions().resource(crd).create();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** {@return the CRD YAML the build generated from the resource classes} */
    static Path generatedCrd(String file) {
        return Path.of(System.getProperty("atlas4j.operator.dir", ".")).resolve("target/classes/META-INF/fabric8").resolve(file);
    }

    KubernetesClient client() {
        return client;
    }

    KubernetesMockServer server() {
        return server;
    }

    /** Starts an operator with its own client (as a separate replica would have). */
    Operator start(OperatorSettings settings) {
        KubernetesClient own = server.createClient();
        clients.add(own);
        Operator op = AtlasOperator.create(own, settings);
        op.start();
        operators.add(op);
        return op;
    }

    /** Stops an operator started here, as a replica that goes away. */
    void stop(Operator op) {
        if (operators.remove(op)) op.stop();
    }

    void secret(String namespace, String name, String key, String value) {
        client.secrets().inNamespace(namespace).resource(new SecretBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
                .addToData(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))).build()).create();
    }

    void configMap(String namespace, String name, Map<String, String> data) {
        client.configMaps().inNamespace(namespace).resource(new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .endMetadata().withData(data).build()).createOr(c -> c.update());
    }

    AtlasSchema schema(String namespace, String name) {
        return client.resources(AtlasSchema.class).inNamespace(namespace).withName(name).get();
    }

    AtlasMigration migration(String namespace, String name) {
        return client.resources(AtlasMigration.class).inNamespace(namespace).withName(name).get();
    }

    List<Event> events(String namespace, String involved) {
        return client.v1().events().inNamespace(namespace).list().getItems().stream()
                .filter(e -> involved.equals(e.getInvolvedObject().getName())).toList();
    }

    @Override
    public void close() {
        for (Operator op : operators) op.stop();
        for (KubernetesClient c : clients) c.close();
        client.close();
        server.destroy();
    }
}
