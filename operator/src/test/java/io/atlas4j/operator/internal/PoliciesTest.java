package io.atlas4j.operator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Policy;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropTable;
import io.atlas4j.operator.crd.ConcurrentIndex;
import io.atlas4j.operator.crd.DestructiveLint;
import io.atlas4j.operator.crd.DiffPolicy;
import io.atlas4j.operator.crd.LintPolicy;
import io.atlas4j.operator.crd.SchemaPolicy;
import io.atlas4j.operator.crd.SkipChanges;
import io.atlas4j.plan.lint.Severity;
import org.junit.jupiter.api.Test;

class PoliciesTest {
    @Test
    void refusesDestructiveChangesUnlessAllowedEitherWay() {
        assertThat(Policies.of(null).destructiveAllowed()).isFalse();
        assertThat(Policies.of(new SchemaPolicy(null, new LintPolicy(new DestructiveLint(true), null), null)).destructiveAllowed()).isFalse();
        assertThat(Policies.of(new SchemaPolicy(true, null, null)).destructiveAllowed()).isTrue();
        assertThat(Policies.of(new SchemaPolicy(null, new LintPolicy(new DestructiveLint(false), null), null)).destructiveAllowed()).isTrue();
    }

    @Test
    void mapsAtlasSkipNamesAndConcurrentIndexes() {
        SkipChanges skip = new SkipChanges(null, null, null, null, true, null, null, null, true, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        Policy p = Policies.of(new SchemaPolicy(null, null, new DiffPolicy(skip, new ConcurrentIndex(true, null))));
        assertThat(p.skipped()).containsExactlyInAnyOrder(DropTable.class, DropColumn.class);
        assertThat(p.concurrentIndexes()).isTrue();
        assertThat(Policies.failOn(new SchemaPolicy(null, new LintPolicy(null, "warning"), null))).contains(Severity.WARNING);
        assertThat(Policies.failOn(null)).isEmpty();
    }
}
