package io.atlas4j.schema;

/** Classifies SQL text as a {@link Literal} or a {@link RawExpr}. */
public final class Exprs {
    private Exprs() {
    }

    /** {@return a literal for quoted strings, numbers, NULL, TRUE and FALSE; a raw expression otherwise} */
    public static Expr of(String sql) {
        String s = sql.trim();
        return isLiteral(s) ? new Literal(s) : new RawExpr(s);
    }

    public static boolean isLiteral(String s) {
        if (s.isEmpty()) return false;
        if (s.length() >= 2 && s.charAt(0) == '\'' && s.charAt(s.length() - 1) == '\'') {
            // one quoted string, with doubled quotes inside
            for (int i = 1; i < s.length() - 1; i++) {
                if (s.charAt(i) == '\'') {
                    if (s.charAt(i + 1) != '\'' || i + 1 == s.length() - 1) return false;
                    i++;
                }
            }
            return true;
        }
        String u = s.toUpperCase(java.util.Locale.ROOT);
        if (u.equals("NULL") || u.equals("TRUE") || u.equals("FALSE")) return true;
        return s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
