package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.util.List;
import java.util.Optional;

/** Computes changes lazily, once per set of hooks. */
final class DefaultSchemaDiff implements SchemaDiff {
    private final Schema current;
    private final Schema desired;
    private final Optional<Dialect> dialect;
    private final DiffOptions options;
    private List<Change> changes;

    DefaultSchemaDiff(Schema current, Schema desired, Optional<Dialect> dialect, DiffOptions options) {
        this.current = current;
        this.desired = desired;
        this.dialect = dialect;
        this.options = options;
    }

    @Override
    public synchronized List<Change> changes() {
        if (changes == null) changes = compute(dialect.map(Dialect::diffHooks).orElse(DiffHooks.GENERIC));
        return changes;
    }

    private List<Change> compute(DiffHooks hooks) {
        return Differ.diff(current, desired, hooks, options);
    }

    @Override
    public SchemaDiff with(DiffOptions more) {
        return new DefaultSchemaDiff(current, desired, dialect, options.merge(more));
    }

    @Override
    public Plan plan(Dialect target, PlanOptions planOptions) {
        List<Change> c = dialect.isPresent() && dialect.get().name().equals(target.name()) ? changes() : compute(target.diffHooks());
        return target.planner().plan(c, planOptions);
    }

    @Override
    public String toString() {
        return "SchemaDiff" + changes();
    }
}
