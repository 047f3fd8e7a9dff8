package io.atlas4j.operator.internal;

import io.atlas4j.ObjectRule;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameTable;
import io.atlas4j.plan.lint.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code spec.schemas} and {@code spec.exclude}: which changes of a plan the resource manages.
 * A change is kept when its schema is one of {@code schemas} (or that list is empty) and its
 * table or object matches no {@code exclude} pattern, given as {@code name} or {@code schema.name}.
 */
record ChangeScope(List<String> schemas, List<String> exclude) {
    ChangeScope {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    boolean isEverything() {
        return schemas.isEmpty() && exclude.isEmpty();
    }

    List<Change> filter(List<Change> changes) {
        if (isEverything()) return changes;
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            Target t = c.accept(TARGET);
            if (keeps(t.schema(), t.name())) out.add(c);
        }
        return out;
    }

    /** {@return lint findings about objects the resource manages} */
    List<Diagnostic> filterLint(List<Diagnostic> diagnostics) {
        if (exclude.isEmpty()) return diagnostics;
        return diagnostics.stream().filter(d -> d.object() == null || !excluded("", d.object().contains(".")
                ? d.object().substring(0, d.object().indexOf('.')) : d.object())).toList();
    }

    private boolean keeps(String schema, String name) {
        if (!schemas.isEmpty() && schema != null && !schema.isEmpty() && schemas.stream().noneMatch(s -> s.equalsIgnoreCase(schema))) {
            return false;
        }
        return name == null || !excluded(schema, name);
    }

    private boolean excluded(String schema, String name) {
        for (String p : exclude) {
            ObjectRule r = new ObjectRule(ObjectRule.Verdict.DENY, p);
            if (r.matches(name) || (schema != null && !schema.isEmpty() && r.matches(schema + "." + name))) return true;
        }
        return false;
    }

    /** The schema and object a change touches; the name is null for whole-schema changes. */
    private record Target(String schema, String name) {
    }

    private static final Change.Visitor<Target> TARGET = new Change.Visitor<>() {
        @Override
        public Target addSchema(AddSchema c) {
            return new Target(c.schema().name(), null);
        }

        @Override
        public Target dropSchema(DropSchema c) {
            return new Target(c.schema().name(), null);
        }

        @Override
        public Target modifySchema(ModifySchema c) {
            return new Target(c.from().name(), null);
        }

        @Override
        public Target addTable(AddTable c) {
            return new Target(c.schema(), c.table().name());
        }

        @Override
        public Target dropTable(DropTable c) {
            return new Target(c.schema(), c.table().name());
        }

        @Override
        public Target modifyTable(ModifyTable c) {
            return new Target(c.schema(), c.from().name());
        }

        @Override
        public Target renameTable(RenameTable c) {
            return new Target(c.schema(), c.from().name());
        }

        @Override
        public Target addView(AddView c) {
            return new Target(c.schema(), c.view().name());
        }

        @Override
        public Target dropView(DropView c) {
            return new Target(c.schema(), c.view().name());
        }

        @Override
        public Target modifyView(ModifyView c) {
            return new Target(c.schema(), c.from().name());
        }

        @Override
        public Target addObject(AddObject c) {
            return new Target(c.schema(), c.object().name());
        }

        @Override
        public Target dropObject(DropObject c) {
            return new Target(c.schema(), c.object().name());
        }

        @Override
        public Target modifyObject(ModifyObject c) {
            return new Target(c.schema(), c.from().name());
        }
    };
}
