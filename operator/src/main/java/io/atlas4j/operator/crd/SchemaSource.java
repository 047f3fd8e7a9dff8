package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The desired schema: SQL inline, or a key of a ConfigMap (exactly one of the two). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaSource(@JsonPropertyDescription("the desired schema as SQL (or Atlas HCL)") String sql,
                           @JsonPropertyDescription("a ConfigMap key holding the desired schema; a key ending in .hcl is read as Atlas HCL")
                           ConfigMapKeyRef configMapKeyRef) {
}
