package io.atlas4j.sqlite;

import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal txtar reader: {@code -- name --} lines start sections; text before the first is a comment. */
final class Txtar {
    private Txtar() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) out.put(current, sb.toString());
                current = line.substring(3, line.length() - 3).trim();
                sb.setLength(0);
            } else if (current != null) {
                sb.append(line).append('\n');
            }
        }
        if (current != null) out.put(current, sb.toString());
        return out;
    }
}
