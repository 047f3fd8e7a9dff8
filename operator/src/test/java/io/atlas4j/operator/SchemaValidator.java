package io.atlas4j.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a resource against a CRD's structural {@code openAPIV3Schema} the way the API server's
 * strict field validation does for the parts the operator's CRDs use: types, required fields,
 * unknown fields, patterns, array items and maps ({@code additionalProperties}).
 */
final class SchemaValidator {
    private static final Set<String> OBJECT_META = Set.of("apiVersion", "kind", "metadata");

    private SchemaValidator() {
    }

    /** {@return every problem of {@code resource}, each naming its path; empty when it is valid} */
    static List<String> validate(JsonNode schema, JsonNode resource) {
        List<String> problems = new ArrayList<>();
        check(schema, resource, "", problems, true);
        return problems;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> out, boolean root) {
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    out.add(path(path) + ": expected an object, got " + value.getNodeType());
                    return;
                }
                JsonNode props = schema.path("properties");
                for (JsonNode req : schema.path("required")) {
                    if (!value.has(req.asText())) out.add(path(path + "." + req.asText()) + ": required");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    var f = it.next();
                    String p = path + "." + f.getKey();
                    if (root && OBJECT_META.contains(f.getKey())) continue;
                    if (props.has(f.getKey())) {
                        check(props.get(f.getKey()), f.getValue(), p, out, false);
                    } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
                        check(schema.get("additionalProperties"), f.getValue(), p, out, false);
                    } else if (!schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                        out.add(path(p) + ": unknown field");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    out.add(path(path) + ": expected an array, got " + value.getNodeType());
                    return;
                }
                for (int i = 0; i < value.size(); i++) check(schema.path("items"), value.get(i), path + "[" + i + "]", out, false);
            }
            case "string" -> {
                if (!value.isTextual()) {
                    out.add(path(path) + ": expected a string, got " + value.getNodeType());
                    return;
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                    out.add(path(path) + ": \"" + value.asText() + "\" does not match " + schema.get("pattern").asText());
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) out.add(path(path) + ": expected a boolean, got " + value.getNodeType());
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) out.add(path(path) + ": expected an integer, got " + value.getNodeType());
            }
            default -> {
                if (!type.isEmpty()) out.add(path(path) + ": the validator does not know type " + type);
            }
        }
    }

    private static String path(String p) {
        return p.isEmpty() ? "." : p.substring(1);
    }
}
