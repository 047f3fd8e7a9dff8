package io.atlas4j.offline.internal;

/**
 * MariaDB's executable comments: {@code /*!NNNNN ... *}{@code /} runs only when NNNNN is at most the server's
 * version, and MariaDB takes 50700 to 99999 as MySQL-only versions it skips. The loader reads MariaDB 10.11:
 * comments for a later version, or for MySQL 5.7 and 8, are blanked out; one for a 10.11 patch release is refused.
 * For a MySQL server, which runs the comments MariaDB skips, a comment for 5.7 or later is refused.
 */
final class MariaDbComments {
    private static final int MYSQL_ONLY_FROM = 50700;
    private static final int MARIADB_FROM = 100000;
    private static final int MARIADB_10_11 = 101100;
    private static final int MARIADB_10_12 = 101200;

    private MariaDbComments() {
    }

    /** {@return the statement with the executable comments MariaDB skips turned into spaces; the same string when there are none} */
    static String withoutSkipped(String sql, boolean mariaDb) {
        if (!sql.contains("/*!")) return sql;
        StringBuilder out = null;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = endOfQuoted(sql, i);
            } else if (sql.startsWith("/*!", i)) {
                int d = i + 3;
                while (d < n && Character.isDigit(sql.charAt(d))) d++;
                int end = sql.indexOf("*/", d);
                end = end < 0 ? n : end + 2;
                if (d > i + 3 && skipped(Integer.parseInt(sql.substring(i + 3, Math.min(d, i + 9))), mariaDb)) {
                    if (out == null) out = new StringBuilder(sql);
                    for (int k = i; k < end; k++) if (out.charAt(k) != '\n') out.setCharAt(k, ' ');
                    i = end;
                } else {
                    i = d; // an executed comment: its text is read as statement text
                }
            } else {
                i++;
            }
        }
        return out == null ? sql : out.toString();
    }

    private static boolean skipped(int version, boolean mariaDb) {
        if (!mariaDb) {
            if (version >= MYSQL_ONLY_FROM) throw new Unsupported("an executable comment for version " + version + " on MySQL (the loader follows MariaDB's reading)");
            return false;
        }
        if (version > MARIADB_10_11 && version < MARIADB_10_12) {
            throw new Unsupported("an executable comment for MariaDB " + version + " (whether it runs depends on the 10.11 release)");
        }
        return version >= MYSQL_ONLY_FROM && version < MARIADB_FROM || version >= MARIADB_10_12;
    }

    private static int endOfQuoted(String sql, int start) {
        char q = sql.charAt(start);
        int j = start + 1;
        while (j < sql.length()) {
            char d = sql.charAt(j);
            if (d == '\\' && q != '`') j += 2;
            else if (d == q && j + 1 < sql.length() && sql.charAt(j + 1) == q) j += 2;
            else if (d == q) return j + 1;
            else j++;
        }
        return j;
    }
}
