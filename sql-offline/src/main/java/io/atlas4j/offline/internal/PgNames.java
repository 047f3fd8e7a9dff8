package io.atlas4j.offline.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The names PostgreSQL gives unnamed constraints and indexes ({@code ChooseRelationName}): {@code <table>_<cols>_<suffix>}, within 63 bytes. */
final class PgNames {
    private static final int MAX = 63;

    private PgNames() {
    }

    static String choose(String table, List<String> columns, String suffix) {
        String a = table;
        String b = String.join("_", columns);
        // like makeObjectName: shorten the longer of the two names, a whole character at a time
        while (bytes(a) + (b.isEmpty() ? 0 : bytes(b) + 1) + 1 + bytes(suffix) > MAX) {
            if (bytes(a) > bytes(b)) a = a.substring(0, a.offsetByCodePoints(a.length(), -1));
            else b = b.substring(0, b.offsetByCodePoints(b.length(), -1));
        }
        return b.isEmpty() ? a + "_" + suffix : a + "_" + b + "_" + suffix;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
