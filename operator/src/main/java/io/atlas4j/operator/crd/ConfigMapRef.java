package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/** A whole ConfigMap in the resource's namespace: each key is a file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigMapRef(@Required String name) {
}
