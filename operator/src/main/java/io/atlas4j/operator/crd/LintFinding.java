package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One lint finding of the last plan, as the status shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LintFinding(String severity, String code, String object, String message) {
}
