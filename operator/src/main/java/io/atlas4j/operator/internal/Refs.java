package io.atlas4j.operator.internal;

import io.atlas4j.operator.crd.ConfigMapKeyRef;
import io.atlas4j.operator.crd.SecretKeyRef;
import io.atlas4j.operator.crd.UrlFrom;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads what a resource refers to (Secrets, ConfigMaps) in its namespace. A Secret's values are
 * registered with the {@link Redactor} before anything else sees them, and are never logged.
 */
final class Refs {
    private final KubernetesClient client;
    private final String namespace;
    private final Redactor redactor;

    Refs(KubernetesClient client, String namespace, Redactor redactor) {
        this.client = client;
        this.namespace = namespace;
        this.redactor = redactor;
    }

    /** {@return the database URL a {@code urlFrom} names} */
    String url(UrlFrom from, String field) {
        if (from == null || from.secretKeyRef() == null) {
            throw new ResourceProblem("InvalidSpec", field + ".secretKeyRef is required: name the Secret and key that hold the database URL");
        }
        SecretKeyRef ref = from.secretKeyRef();
        if (blank(ref.name()) || blank(ref.key())) {
            throw new ResourceProblem("InvalidSpec", field + ".secretKeyRef needs both name and key");
        }
        Secret s = get(() -> client.secrets().inNamespace(namespace).withName(ref.name()).get(), "Secret", ref.name());
        if (s == null) {
            throw new ResourceProblem("SecretNotFound", "Secret \"" + ref.name() + "\" (" + field + ".secretKeyRef) does not exist in namespace \""
                    + namespace + "\": create it with the key \"" + ref.key() + "\" holding the database URL");
        }
        String value = null;
        if (s.getData() != null && s.getData().get(ref.key()) != null) {
            try {
                value = new String(Base64.getDecoder().decode(s.getData().get(ref.key()).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new ResourceProblem("SecretKeyInvalid", "key \"" + ref.key() + "\" of Secret \"" + ref.name() + "\" is not base64");
            }
        } else if (s.getStringData() != null) {
            value = s.getStringData().get(ref.key());
        }
        if (value == null) {
            throw new ResourceProblem("SecretKeyNotFound", "Secret \"" + ref.name() + "\" has no key \"" + ref.key() + "\" (" + field
                    + ".secretKeyRef); it has " + keys(s));
        }
        value = value.trim();
        redactor.url(value);
        if (value.isEmpty()) {
            throw new ResourceProblem("SecretKeyNotFound", "key \"" + ref.key() + "\" of Secret \"" + ref.name() + "\" is empty");
        }
        return value;
    }

    /** {@return the text at a ConfigMap key} */
    String text(ConfigMapKeyRef ref, String field) {
        if (blank(ref.name()) || blank(ref.key())) throw new ResourceProblem("InvalidSpec", field + " needs both name and key");
        Map<String, String> data = configMap(ref.name(), field);
        String v = data.get(ref.key());
        if (v == null) {
            throw new ResourceProblem("ConfigMapKeyNotFound", "ConfigMap \"" + ref.name() + "\" has no key \"" + ref.key() + "\" (" + field
                    + "); it has " + new TreeSet<>(data.keySet()));
        }
        return v;
    }

    /** {@return every key of a ConfigMap with its text (binaryData decoded as UTF-8)} */
    Map<String, String> configMap(String name, String field) {
        ConfigMap cm = get(() -> client.configMaps().inNamespace(namespace).withName(name).get(), "ConfigMap", name);
        if (cm == null) {
            throw new ResourceProblem("ConfigMapNotFound", "ConfigMap \"" + name + "\" (" + field + ") does not exist in namespace \"" + namespace + "\"");
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (cm.getData() != null) out.putAll(cm.getData());
        if (cm.getBinaryData() != null) {
            cm.getBinaryData().forEach((k, v) -> out.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private <T> T get(java.util.function.Supplier<T> read, String kind, String name) {
        try {
            return read.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                throw new ResourceProblem(kind + "Forbidden", "the operator may not read " + kind + " \"" + name + "\" in namespace \"" + namespace
                        + "\": grant its service account get on " + kind.toLowerCase(java.util.Locale.ROOT) + "s there");
            }
            throw new ResourceProblem("KubernetesApiError", "cannot read " + kind + " \"" + name + "\": " + e.getMessage());
        }
    }

    private static String keys(Secret s) {
        TreeSet<String> k = new TreeSet<>();
        if (s.getData() != null) k.addAll(s.getData().keySet());
        if (s.getStringData() != null) k.addAll(s.getStringData().keySet());
        return k.isEmpty() ? "no keys" : "the keys " + k;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
