package io.atlas4j.erd;

import java.util.Objects;

/** One column row of a table box: its name, type as written, and the key and NOT NULL markers. */
public record ErdField(String name, String type, boolean primaryKey, boolean foreignKey, boolean unique,
                       boolean notNull, ErdMark mark) {
    public ErdField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mark, "mark");
    }

    /** {@return the markers as shown in a box, such as {@code "PK FK"}; empty when none} */
    public String keys() {
        StringBuilder b = new StringBuilder();
        if (primaryKey) b.append("PK");
        if (foreignKey) b.append(b.isEmpty() ? "" : " ").append("FK");
        if (unique) b.append(b.isEmpty() ? "" : " ").append("UK");
        return b.toString();
    }
}
