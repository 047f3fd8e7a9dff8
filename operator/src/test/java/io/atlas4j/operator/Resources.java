package io.atlas4j.operator;

import io.atlas4j.operator.crd.AtlasMigration;
import io.atlas4j.operator.crd.AtlasSchema;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Resources of the tests, written as the YAML a user would apply. */
final class Resources {
    private Resources() {
    }

    static AtlasSchema schema(KubernetesClient client, String yaml) {
        return client.resources(AtlasSchema.class).load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).item();
    }

    static AtlasMigration migration(KubernetesClient client, String yaml) {
        return client.resources(AtlasMigration.class).load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))).item();
    }

    /** {@return an AtlasSchema named {@code name} whose URL is key {@code url} of Secret {@code secret}, with inline SQL} */
    static String schemaYaml(String name, String secret, String sql, String extraSpec) {
        return """
                apiVersion: db.atlasgo.io/v1alpha1
                kind: AtlasSchema
                metadata:
                  name: %s
                spec:
                  urlFrom:
                    secretKeyRef:
                      name: %s
                      key: url
                  schema:
                    sql: |
                %s
                %s
                """.formatted(name, secret, indent(sql, "      "), indent(extraSpec, "  "));
    }

    static String indent(String text, String prefix) {
        if (text.isBlank()) return "";
        return String.join("\n", text.strip().lines().map(l -> prefix + l).toList());
    }

    static Optional<Condition> condition(List<Condition> conditions, String type) {
        return conditions == null ? Optional.empty() : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    static boolean is(List<Condition> conditions, String type, String status, String reason) {
        return condition(conditions, type).filter(c -> status.equals(c.getStatus()) && reason.equals(c.getReason())).isPresent();
    }

    static String json(Object o) {
        return Serialization.asJson(o);
    }
}
