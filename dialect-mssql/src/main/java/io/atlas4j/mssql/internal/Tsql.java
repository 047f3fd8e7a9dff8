package io.atlas4j.mssql.internal;

import io.atlas4j.mssql.internal.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** T-SQL spelling helpers: bracket quoting, string literals, and the canonical text SQL Server stores for expressions. */
public final class Tsql {
    /** Names SQL Server generates for unnamed constraints: {@code PK__users__3213E83F0AC2D1B2}. */
    public static final Pattern GENERATED = Pattern.compile("(?i)(PK|UQ|FK|CK|DF)__.*__[0-9A-F]{8,16}");
    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "NOT", "IS", "NULL", "IN", "LIKE", "BETWEEN", "CASE", "WHEN",
            "THEN", "ELSE", "END", "EXISTS", "ESCAPE", "AS", "COLLATE", "SELECT", "FROM", "WHERE", "TRUE", "FALSE");

    private Tsql() {
    }

    /** {@return the identifier in brackets, inner {@code ]} doubled} */
    public static String id(String name) {
        return "[" + name.replace("]", "]]") + "]";
    }

    /** {@return the text as an {@code N'...'} literal} */
    public static String str(String text) {
        return "N'" + text.replace("'", "''") + "'";
    }

    /** {@return {@code [schema].[name]}, or {@code [name]} when unqualified} */
    public static String name(String schema, String name, boolean qualify) {
        return qualify && schema != null && !schema.isEmpty() ? id(schema) + "." + id(name) : id(name);
    }

    /** {@return a deterministic name shaped as SQL Server's own for an unnamed constraint} */
    public static String generatedName(String prefix, String table, String column, String salt) {
        String t = table.length() > 8 ? table.substring(0, 8) : table;
        String c = column == null ? "" : (column.length() > 8 ? column.substring(0, 8) : column);
        String hash = String.format(Locale.ROOT, "%08X", (prefix + table + "|" + column + "|" + salt).toLowerCase(Locale.ROOT).hashCode());
        return prefix + "__" + t + "__" + (c.isEmpty() ? "" : c + "__") + hash;
    }

    /**
     * {@return a default expression as {@code sys.default_constraints.definition} spells it} Numbers are
     * wrapped twice ({@code ((0))}), everything else once ({@code ('x')}, {@code (getdate())}); built-in
     * function names are lower case.
     */
    public static String defaultExpr(String sql) {
        List<Token> t = strip(TsqlLexer.tokens(sql));
        if (t.isEmpty()) return "";
        if (isNumber(t)) return "((" + joinNumber(t) + "))";
        return "(" + render(t, false) + ")";
    }

    /**
     * {@return a check or filter expression as {@code sys.check_constraints.definition} spells it}
     * Outer parentheses, {@code [column]} references, upper-case keywords, {@code x IN (a, b)} as
     * {@code x=a OR x=b}, numbers in parentheses.
     */
    public static String checkExpr(String sql) {
        List<Token> t = expandIn(strip(TsqlLexer.tokens(sql)));
        return "(" + render(t, true) + ")";
    }

    private static boolean isNumber(List<Token> t) {
        if (t.size() == 1) return t.get(0).kind() == Kind.NUMBER;
        return t.size() == 2 && (t.get(0).sym("-") || t.get(0).sym("+")) && t.get(1).kind() == Kind.NUMBER;
    }

    private static String joinNumber(List<Token> t) {
        return t.size() == 1 ? t.get(0).text() : (t.get(0).sym("-") ? "-" : "") + t.get(1).text();
    }

    /** Removes parentheses wrapping the whole expression. */
    static List<Token> strip(List<Token> t) {
        while (t.size() >= 2 && t.get(0).sym("(") && matching(t, 0) == t.size() - 1) t = t.subList(1, t.size() - 1);
        return t;
    }

    /** {@return the index of the parenthesis closing the one at {@code open}} */
    static int matching(List<Token> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).sym("(")) depth++;
            else if (t.get(i).sym(")") && --depth == 0) return i;
        }
        return t.size();
    }

    private static List<Token> expandIn(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!t.get(i).is("IN") || !t.get(i + 1).sym("(") || t.get(i - 1).is("NOT")) continue;
            Token col = t.get(i - 1);
            if (!col.isIdent() || KEYWORDS.contains(col.upper())) continue;
            int close = matching(t, i + 1);
            if (close >= t.size()) continue;
            List<List<Token>> items = split(t.subList(i + 2, close));
            if (items.isEmpty() || items.get(0).stream().anyMatch(x -> x.is("SELECT"))) continue;
            List<Token> out = new ArrayList<>(t.subList(0, i - 1));
            boolean wrap = t.size() > close + 1 || i - 1 > 0;
            if (wrap) out.add(new Token(Kind.SYMBOL, "(", 0, 0));
            for (int k = 0; k < items.size(); k++) {
                if (k > 0) out.add(new Token(Kind.WORD, "OR", 0, 0));
                out.add(col);
                out.add(new Token(Kind.SYMBOL, "=", 0, 0));
                out.addAll(items.get(k));
            }
            if (wrap) out.add(new Token(Kind.SYMBOL, ")", 0, 0));
            out.addAll(t.subList(close + 1, t.size()));
            return expandIn(out);
        }
        return t;
    }

    private static List<List<Token>> split(List<Token> t) {
        List<List<Token>> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).sym("(")) depth++;
            else if (t.get(i).sym(")")) depth--;
            else if (depth == 0 && t.get(i).sym(",")) {
                out.add(t.subList(from, i));
                from = i + 1;
            }
        }
        if (from < t.size()) out.add(t.subList(from, t.size()));
        return out;
    }

    /** Joins tokens with SQL Server's spacing: none around operators and parentheses, one space between words. */
    private static String render(List<Token> t, boolean check) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            boolean call = i + 1 < t.size() && t.get(i + 1).sym("(");
            String text;
            if (k.kind() == Kind.WORD && KEYWORDS.contains(k.upper())) text = k.upper();
            else if (k.kind() == Kind.WORD && call) text = k.text().toLowerCase(Locale.ROOT);
            else if (k.isIdent() && check) text = id(k.name());
            else if (k.kind() == Kind.NUMBER && check && !(prev != null && prev.sym("("))) text = "(" + k.text() + ")";
            else text = k.text();
            boolean word = k.kind() != Kind.SYMBOL;
            boolean prevWord = prev != null && prev.kind() != Kind.SYMBOL;
            if (prev != null && (word && prevWord || (k.sym("(") && prevWord && !call(prev, t, i))
                    || (prev.sym(")") && word) || prev.sym(","))) b.append(' ');
            if (k.kind() == Kind.NUMBER && prev != null && prev.sym("-") && b.length() > 0) {
                // a unary minus stays attached: "- 20" is -20
                int end = b.length();
                while (end > 0 && b.charAt(end - 1) == ' ') end--;
                b.setLength(end);
            }
            b.append(text);
            prev = k;
        }
        return b.toString();
    }

    private static boolean call(Token prev, List<Token> t, int i) {
        return prev.kind() == Kind.WORD && !KEYWORDS.contains(prev.upper());
    }

    /** {@return text folded for comparison: case, whitespace, brackets and redundant parentheses ignored outside strings} */
    public static String fold(String sql) {
        StringBuilder b = new StringBuilder();
        for (Token k : strip(TsqlLexer.tokens(sql))) {
            if (k.sym("(") || k.sym(")")) continue;
            if (k.kind() == Kind.STRING) b.append(k.text().startsWith("N") || k.text().startsWith("n") ? k.text().substring(1) : k.text());
            else if (k.isIdent()) b.append(k.name().toLowerCase(Locale.ROOT));
            else b.append(k.text().toLowerCase(Locale.ROOT));
            b.append(' ');
        }
        return b.toString().trim();
    }
}
