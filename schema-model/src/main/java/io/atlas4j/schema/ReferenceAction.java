package io.atlas4j.schema;

/** A foreign key's ON UPDATE / ON DELETE action. */
public enum ReferenceAction {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferenceAction(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    /** {@return the action named by SQL text such as {@code "SET NULL"}, case-insensitive} */
    public static ReferenceAction fromSql(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('_', ' ');
        for (ReferenceAction a : values()) if (a.sql.equals(t)) return a;
        throw new IllegalArgumentException("unknown referential action \"" + text + "\"");
    }
}
