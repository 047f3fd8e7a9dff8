package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * What the operator last did with an {@link AtlasSchema}.
 *
 * @param observedGeneration the spec generation this status describes
 * @param phase              {@code Ready} or {@code Failed}
 * @param conditions         {@code Ready}, {@code Planned} and {@code Failed}
 * @param lastApplied        when a plan was last applied (RFC 3339)
 * @param lastAppliedPlan    the SQL last applied
 * @param plan               the SQL of the last plan (applied or refused)
 * @param lint               the lint findings of the last plan
 * @param failures           failed reconciles in a row; sets the retry backoff
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AtlasSchemaStatus(Long observedGeneration, String phase, List<Condition> conditions, String lastApplied,
                                String lastAppliedPlan, String plan, List<LintFinding> lint, Integer failures) {
}
