package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;

/** A migration directory: a ConfigMap whose keys are the files, or the files inline (exactly one of the two). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigrationDir(@JsonPropertyDescription("a ConfigMap whose keys are the directory's files (atlas.sum included)") ConfigMapRef configMapRef,
                           @JsonPropertyDescription("the directory's files inline, file name to content") Map<String, String> local) {
}
