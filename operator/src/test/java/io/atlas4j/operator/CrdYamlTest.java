package io.atlas4j.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.atlas4j.operator.crd.AtlasMigration;
import io.atlas4j.operator.crd.AtlasSchema;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped CRD YAML is what the build generates from the resource classes, and every sample in
 * {@code deploy/samples} validates against it; the install manifest grants least privilege.
 */
class CrdYamlTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path MODULE = Path.of(System.getProperty("atlas4j.operator.dir", "."));

    @Test
    void theShippedCrdsAreTheGeneratedOnes() throws IOException {
        List<Path> generated;
        try (Stream<Path> s = Files.list(MODULE.resolve("target/classes/META-INF/fabric8"))) {
            generated = s.sorted().toList();
        }
        assertThat(generated).extracting(p -> p.getFileName().toString())
                .containsExactly("atlasmigrations.db.atlasgo.io-v1.yml", "atlasschemas.db.atlasgo.io-v1.yml");
        for (Path g : generated) {
            Path shipped = MODULE.resolve("deploy/crds").resolve(g.getFileName());
            assertThat(shipped).as("deploy/crds/%s is out of date: copy target/classes/META-INF/fabric8/%s over it", g.getFileName(), g.getFileName())
                    .hasSameTextualContentAs(g);
        }
    }

    @Test
    void theCrdsHaveAStatusSubresourceAndTheAtlasOperatorsNames() throws IOException {
        JsonNode schema = crd("atlasschemas");
        assertThat(schema.at("/spec/group").asText()).isEqualTo("db.atlasgo.io");
        assertThat(schema.at("/spec/versions/0/name").asText()).isEqualTo("v1alpha1");
        assertThat(schema.at("/spec/versions/0/subresources/status").isObject()).isTrue();
        JsonNode spec = schema.at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties");
        assertThat(spec.at("/urlFrom/properties/secretKeyRef/required").toString()).contains("name", "key");
        assertThat(spec.has("devURL")).isTrue();
        assertThat(spec.at("/schema/properties/sql/type").asText()).isEqualTo("string");
        assertThat(spec.at("/schema/properties/configMapKeyRef/properties").has("key")).isTrue();
        assertThat(spec.at("/policy/properties/lint/properties/destructive/properties/error/type").asText()).isEqualTo("boolean");
        assertThat(spec.at("/policy/properties/diff/properties/skip/properties/drop_table/type").asText()).isEqualTo("boolean");
        assertThat(spec.at("/policy/properties/diff/properties/concurrent_index/properties/create/type").asText()).isEqualTo("boolean");

        JsonNode migration = crd("atlasmigrations").at("/spec/versions/0/schema/openAPIV3Schema/properties/spec/properties");
        assertThat(migration.at("/dir/properties/configMapRef/properties/name/type").asText()).isEqualTo("string");
        assertThat(migration.has("baseline")).isTrue();
        assertThat(migration.has("revisionsSchema")).isTrue();
        assertThat(migration.at("/format/pattern").asText()).contains("flyway");
    }

    @Test
    void everySampleValidatesAgainstItsCrdAndReadsIntoTheResourceClasses() throws IOException {
        Map<String, JsonNode> schemas = new HashMap<>();
        schemas.put("AtlasSchema", crd("atlasschemas").at("/spec/versions/0/schema/openAPIV3Schema"));
        schemas.put("AtlasMigration", crd("atlasmigrations").at("/spec/versions/0/schema/openAPIV3Schema"));
        int checked = 0;
        List<Path> samples;
        try (Stream<Path> s = Files.list(MODULE.resolve("deploy/samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            for (JsonNode doc : documents(sample)) {
                String kind = doc.path("kind").asText();
                if (!schemas.containsKey(kind)) continue;
                assertThat(doc.path("apiVersion").asText()).as(sample + " " + kind).isEqualTo("db.atlasgo.io/v1alpha1");
                assertThat(SchemaValidator.validate(schemas.get(kind), doc)).as("%s: %s %s", sample.getFileName(), kind, doc.at("/metadata/name"))
                        .isEmpty();
                Class<? extends io.fabric8.kubernetes.client.CustomResource<?, ?>> type = kind.equals("AtlasSchema") ? AtlasSchema.class : AtlasMigration.class;
                assertThat(Serialization.unmarshal(YAML.writeValueAsString(doc), type).getSpec()).isNotNull();
                checked++;
            }
        }
        assertThat(checked).as("AtlasSchema and AtlasMigration documents in deploy/samples").isGreaterThanOrEqualTo(4);
    }

    @Test
    void theValidatorRejectsWhatTheApiServerWould() throws IOException {
        JsonNode schema = crd("atlasschemas").at("/spec/versions/0/schema/openAPIV3Schema");
        JsonNode bad = YAML.readTree("""
                apiVersion: db.atlasgo.io/v1alpha1
                kind: AtlasSchema
                metadata: {name: bad}
                spec:
                  urlFrom:
                    secretKeyRef: {name: db}
                  schema: {sql: 42}
                  exclude: legacy
                  policy:
                    allowDestructive: "yes"
                    lint: {failOn: sometimes}
                  devUrl: sqlite://dev.db
                """);
        assertThat(SchemaValidator.validate(schema, bad)).containsExactlyInAnyOrder(
                "spec.urlFrom.secretKeyRef.key: required",
                "spec.schema.sql: expected a string, got NUMBER",
                "spec.exclude: expected an array, got STRING",
                "spec.policy.allowDestructive: expected a boolean, got STRING",
                "spec.policy.lint.failOn: \"sometimes\" does not match ^(warning|error)$",
                "spec.devUrl: unknown field");
        JsonNode noSpec = YAML.readTree("{apiVersion: db.atlasgo.io/v1alpha1, kind: AtlasSchema, metadata: {name: x}, spec: {}}");
        assertThat(SchemaValidator.validate(schema, noSpec)).containsExactlyInAnyOrder("spec.urlFrom: required", "spec.schema: required");
    }

    @Test
    void theInstallManifestGrantsLeastPrivilege() throws IOException {
        List<JsonNode> docs = documents(MODULE.resolve("deploy/operator.yaml"));
        JsonNode role = docs.stream().filter(d -> d.path("kind").asText().equals("ClusterRole")).findFirst().orElseThrow();
        for (JsonNode rule : role.path("rules")) {
            assertThat(rule.path("verbs").toString()).doesNotContain("\"*\"").doesNotContain("delete");
            assertThat(rule.path("resources").toString()).doesNotContain("\"*\"");
            if (rule.path("resources").toString().contains("secrets")) {
                assertThat(rule.path("verbs").toString()).isEqualTo("[\"get\"]");
            }
        }
        JsonNode deployment = docs.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        JsonNode sa = docs.stream().filter(d -> d.path("kind").asText().equals("ServiceAccount")).findFirst().orElseThrow();
        assertThat(deployment.at("/spec/template/spec/serviceAccountName").asText()).isEqualTo(sa.at("/metadata/name").asText());
        assertThat(deployment.at("/spec/template/spec/containers/0/env").toString()).contains("ATLAS4J_LEADER_ELECTION_LEASE");
        JsonNode leaseRole = docs.stream().filter(d -> d.path("kind").asText().equals("Role")).findFirst().orElseThrow();
        assertThat(leaseRole.at("/rules/0/resources").toString()).isEqualTo("[\"leases\"]");
    }

    private static JsonNode crd(String plural) throws IOException {
        return YAML.readTree(MODULE.resolve("deploy/crds/" + plural + ".db.atlasgo.io-v1.yml").toFile());
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode n = (JsonNode) it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) out.add(n);
            }
        }
        return out;
    }
}
