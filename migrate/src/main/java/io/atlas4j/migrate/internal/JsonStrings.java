package io.atlas4j.migrate.internal;

import java.util.ArrayList;
import java.util.List;

/** A JSON array of strings, the shape of {@code partial_hashes}; hashes need no escapes beyond quotes and backslashes. */
final class JsonStrings {
    private JsonStrings() {
    }

    static String format(List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
    }

    static List<String> parse(String json) {
        List<String> out = new ArrayList<>();
        if (json == null) return out;
        int i = json.indexOf('[');
        if (i < 0) return out;
        int n = json.length();
        while (++i < n) {
            char ch = json.charAt(i);
            if (ch == '"') {
                StringBuilder sb = new StringBuilder();
                while (++i < n && json.charAt(i) != '"') {
                    if (json.charAt(i) == '\\' && i + 1 < n) i++;
                    sb.append(json.charAt(i));
                }
                out.add(sb.toString());
            } else if (ch == ']') {
                break;
            }
        }
        return out;
    }
}
