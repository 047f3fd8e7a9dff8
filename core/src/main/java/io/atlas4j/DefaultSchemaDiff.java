package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanBasis;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaDialect;
import java.util.List;
import java.util.Optional;

/**
 * Computes changes lazily, once. The normalizing dialect is the one named, else the one that read
 * the schemas; a plan for another dialect than the one that read them is refused.
 */
final class DefaultSchemaDiff implements SchemaDiff {
    private final Realm current;
    private final Realm desired;
    private final boolean realmLevel;
    private final Optional<Dialect> dialect;
    /** Whether atlas4j read the current schema: only then can an apply check the database still holds it. */
    private final boolean readByAtlas;
    private final DiffOptions options;
    private List<Change> changes;

    DefaultSchemaDiff(Realm current, Realm desired, boolean realmLevel, Optional<Dialect> named, DiffOptions options) {
        this.current = current;
        this.desired = desired;
        this.realmLevel = realmLevel;
        Optional<Dialect> read = readBy(current, desired);
        this.readByAtlas = !current.schemas().isEmpty() && current.schemas().stream().allMatch(s -> SchemaDialect.of(s).isPresent());
        this.dialect = named.isPresent() ? named : read;
        this.options = options;
    }

    private DefaultSchemaDiff(DefaultSchemaDiff base, DiffOptions options) {
        this.current = base.current;
        this.desired = base.desired;
        this.realmLevel = base.realmLevel;
        this.dialect = base.dialect;
        this.readByAtlas = base.readByAtlas;
        this.options = options;
    }

    /** {@return the dialect that read the schemas; an error when two dialects did} */
    private static Optional<Dialect> readBy(Realm current, Realm desired) {
        Optional<Dialect> found = Optional.empty();
        for (Realm r : List.of(current, desired)) {
            for (Schema s : r.schemas()) {
                Optional<Dialect> d = SchemaDialect.of(s);
                if (d.isEmpty()) continue;
                if (found.isPresent() && !found.get().name().equals(d.get().name())) {
                    throw new InvalidInputException("cannot compare a schema read by " + found.get().name() + " with one read by "
                            + d.get().name() + ": load the desired schema with the dialect of the database it is for");
                }
                if (found.isEmpty()) found = d;
            }
        }
        return found;
    }

    @Override
    public synchronized List<Change> changes() {
        if (changes == null) changes = compute(dialect.map(Dialect::diffHooks).orElse(DiffHooks.GENERIC));
        return changes;
    }

    private List<Change> compute(DiffHooks hooks) {
        if (!realmLevel) return Differ.diff(current.schemas().get(0), desired.schemas().get(0), hooks, options);
        return Differ.diff(current, desired, hooks, options);
    }

    @Override
    public Optional<Dialect> dialect() {
        return dialect;
    }

    @Override
    public SchemaDiff with(DiffOptions more) {
        return new DefaultSchemaDiff(this, options.merge(more));
    }

    @Override
    public Plan plan(Dialect target, PlanOptions planOptions) {
        if (dialect.isPresent() && !dialect.get().name().equals(target.name())) {
            throw new InvalidInputException("the schemas were read by " + dialect.get().name() + ", so they cannot be planned for "
                    + target.name() + ": plan them with " + dialect.get().name() + ", or load the desired schema for " + target.name());
        }
        List<Change> c = dialect.isPresent() ? changes() : compute(target.diffHooks());
        PlanOptions effective = realmLevel ? planOptions.withQualifySchema(true) : planOptions;
        Plan plan = target.planner().plan(c, effective);
        return readByAtlas ? plan.withBasis(new PlanBasis(current, desired, c, effective)) : plan;
    }

    @Override
    public String toString() {
        return "SchemaDiff" + changes();
    }
}
