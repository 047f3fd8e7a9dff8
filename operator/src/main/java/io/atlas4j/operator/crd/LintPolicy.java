package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;

/** Lint settings of a plan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LintPolicy(DestructiveLint destructive,
                         @JsonPropertyDescription("refuse a plan with a lint finding at this severity or above: warning or error")
                         @Pattern("^(warning|error)$") String failOn) {
}
