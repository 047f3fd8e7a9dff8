package io.atlas4j.operator.internal;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records Kubernetes events on a resource ({@code kubectl describe} shows them); a failure to record one is only logged. */
final class Events {
    static final String COMPONENT = "atlas4j-operator";
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private Events() {
    }

    static void normal(KubernetesClient client, HasMetadata on, String reason, String message) {
        record(client, on, "Normal", reason, message);
    }

    static void warning(KubernetesClient client, HasMetadata on, String reason, String message) {
        record(client, on, "Warning", reason, message);
    }

    private static void record(KubernetesClient client, HasMetadata on, String type, String reason, String message) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String ns = on.getMetadata().getNamespace();
        var event = new EventBuilder()
                .withNewMetadata().withName(on.getMetadata().getName() + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16))
                .withNamespace(ns).endMetadata()
                .withInvolvedObject(new ObjectReferenceBuilder().withApiVersion(on.getApiVersion()).withKind(on.getKind())
                        .withName(on.getMetadata().getName()).withNamespace(ns).withUid(on.getMetadata().getUid())
                        .withResourceVersion(on.getMetadata().getResourceVersion()).build())
                .withType(type).withReason(reason).withMessage(message.length() > 1024 ? message.substring(0, 1021) + "..." : message)
                .withFirstTimestamp(now).withLastTimestamp(now).withCount(1)
                .withNewSource().withComponent(COMPONENT).endSource()
                .build();
        try {
            client.v1().events().inNamespace(ns).resource(event).create();
        } catch (KubernetesClientException e) {
            LOG.warn("could not record event {} on {}/{}: {}", reason, ns, on.getMetadata().getName(), e.getMessage());
        }
    }
}
