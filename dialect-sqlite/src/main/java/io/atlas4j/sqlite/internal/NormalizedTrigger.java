package io.atlas4j.sqlite.internal;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Trigger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trigger as the differ compares it: equal when the names match case-insensitively and the
 * definitions match token by token (whitespace, keyword case and identifier quoting folded, as
 * SQLite itself rewrites them on ALTER TABLE ... RENAME). Keeps the original definition to run.
 */
record NormalizedTrigger(Trigger trigger) implements SchemaObject {
    NormalizedTrigger {
        Objects.requireNonNull(trigger, "trigger");
    }

    @Override
    public String kind() {
        return "trigger";
    }

    @Override
    public String name() {
        return trigger.name();
    }

    @Override
    public Attrs attrs() {
        return trigger.attrs();
    }

    @Override
    public List<QualifiedName> dependsOn() {
        return trigger.dependsOn();
    }

    private String key() {
        return trigger.name().toLowerCase(Locale.ROOT) + "\u0000" + trigger.table().toLowerCase(Locale.ROOT) + "\u0000"
                + SqlTokens.canonical(trigger.definition());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedTrigger t && key().equals(t.key()) && attrs().equals(t.attrs());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
