package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * What a plan may do. Destructive changes are refused unless {@code allowDestructive} is true or
 * Atlas's {@code lint.destructive.error} is false.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaPolicy(@JsonPropertyDescription("apply plans that drop schemas, tables or columns (default false)") Boolean allowDestructive,
                           LintPolicy lint, DiffPolicy diff) {
}
