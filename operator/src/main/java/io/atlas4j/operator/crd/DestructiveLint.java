package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Atlas's {@code policy.lint.destructive}: whether a destructive change is an error (the default) or allowed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DestructiveLint(@JsonPropertyDescription("refuse plans that drop schemas, tables or columns (default true)") Boolean error) {
}
