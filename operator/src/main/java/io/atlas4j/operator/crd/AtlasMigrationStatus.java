package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;

/**
 * What the operator last did with an {@link AtlasMigration}.
 *
 * @param observedGeneration the spec generation this status describes
 * @param phase              {@code Ready} or {@code Failed}
 * @param conditions         {@code Ready}, {@code Planned} and {@code Failed}
 * @param lastAppliedVersion the version the database is at
 * @param lastApplied        when files were last applied (RFC 3339)
 * @param appliedFiles       the files the last apply ran
 * @param pendingFiles       the files still to run (set when a run failed)
 * @param failures           failed reconciles in a row; sets the retry backoff
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AtlasMigrationStatus(Long observedGeneration, String phase, List<Condition> conditions, String lastAppliedVersion,
                                   String lastApplied, List<String> appliedFiles, List<String> pendingFiles, Integer failures) {
}
