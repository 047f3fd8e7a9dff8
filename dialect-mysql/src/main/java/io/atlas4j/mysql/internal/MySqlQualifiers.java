package io.atlas4j.mysql.internal;

import io.atlas4j.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server writes the current database's name into some of what it reports: view definitions
 * ({@code `db`.`t`.`a`}) and, on MariaDB, defaults that read a sequence ({@code nextval(`db`.`seq`)}).
 * Inspected through a scratch dev database, that name would reach the plan and point the target
 * at a database that is about to be dropped. So the inspector removes a qualifier that names the
 * inspected schema itself, and only that one, from every expression it reads: defaults, generated
 * columns, checks, index expressions and views.
 *
 * <p>Trigger, routine and event bodies are left alone: both servers keep them as written, so a
 * qualifier there is the user's own, and it reads the same from every database.
 */
final class MySqlQualifiers {
    private static final Pattern SEQUENCE_CALL = Pattern.compile(
            "(?i)\\b(?:nextval|lastval)\\s*\\(\\s*(?:`((?:[^`]|``)+)`\\.)?`((?:[^`]|``)+)`\\s*\\)");

    private MySqlQualifiers() {
    }

    /**
     * {@return {@code sql} without the qualifier {@code `schema`.}: outside string literals, and not
     * where it follows a dot (there it is a table or column name that happens to match)}; the same
     * instance when there is nothing to remove
     */
    static String unqualify(String schema, String sql) {
        if (sql == null) return null;
        String quoted = Sql.id(schema) + ".";
        if (!sql.contains(quoted)) return sql;
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = endOfQuoted(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == '`') {
                if (sql.startsWith(quoted, i) && (i == 0 || sql.charAt(i - 1) != '.')) {
                    i += quoted.length();
                } else {
                    int end = endOfQuoted(sql, i, '`');
                    out.append(sql, i, end);
                    i = end;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@return the sequences an expression reads through nextval() or lastval(), this schema's unqualified} */
    static List<QualifiedName> sequencesRead(String expr) {
        if (expr == null || expr.indexOf('(') < 0) return List.of();
        List<QualifiedName> out = new ArrayList<>();
        Matcher m = SEQUENCE_CALL.matcher(expr);
        while (m.find()) {
            String name = m.group(2).replace("``", "`");
            QualifiedName q = m.group(1) == null ? QualifiedName.of(name) : QualifiedName.of(m.group(1).replace("``", "`"), name);
            if (!out.contains(q)) out.add(q);
        }
        return out;
    }

    /** {@return the index just past the literal or quoted identifier opened at {@code start}} */
    private static int endOfQuoted(String s, int start, char q) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && q != '`') {
                i += 2;
            } else if (c == q && i + 1 < s.length() && s.charAt(i + 1) == q) {
                i += 2;
            } else if (c == q) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
