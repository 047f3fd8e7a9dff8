package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/** A key of a ConfigMap in the resource's namespace. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigMapKeyRef(@Required String name, @Required String key) {
}
