package io.atlas4j.hcl.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A body being written: attributes and blocks in the order added, rendered as {@code atlas schema fmt} does (two
 * spaces per level, the {@code =} of consecutive attributes aligned, a blank line between top-level blocks).
 */
public final class HclOut {
    private final List<Object> items = new ArrayList<>(); // String[]{name, expr} or Blk

    private record Blk(String type, List<String> labels, HclOut body) {
    }

    /** Adds {@code name = expr}, the expression already in HCL syntax. */
    public HclOut attr(String name, String expr) {
        items.add(new String[] {name, expr});
        return this;
    }

    /** {@return the body of a new child block} */
    public HclOut block(String type, String... labels) {
        HclOut body = new HclOut();
        items.add(new Blk(type, List.of(labels), body));
        return body;
    }

    /** {@return the body of the block added last, if any} */
    public java.util.Optional<HclOut> lastBlock() {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) instanceof Blk b) {
                return java.util.Optional.of(b.body);
            }
        }
        return java.util.Optional.empty();
    }

    /** {@return the text of this body as a file} */
    public String render() {
        StringBuilder sb = new StringBuilder();
        write(sb, 0, true);
        return sb.toString();
    }

    private void write(StringBuilder sb, int depth, boolean top) {
        String indent = "  ".repeat(depth);
        int i = 0;
        while (i < items.size()) {
            if (items.get(i) instanceof String[]) {
                int j = i;
                int width = 0;
                while (j < items.size() && items.get(j) instanceof String[] a) {
                    width = Math.max(width, a[0].length());
                    j++;
                }
                for (int k = i; k < j; k++) {
                    String[] a = (String[]) items.get(k);
                    sb.append(indent).append(a[0]).append(" ".repeat(width - a[0].length())).append(" = ").append(a[1]).append('\n');
                }
                i = j;
            } else {
                Blk b = (Blk) items.get(i);
                if (top && sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(indent).append(b.type);
                for (String l : b.labels) {
                    sb.append(' ').append(quote(l));
                }
                sb.append(" {\n");
                b.body.write(sb, depth + 1, false);
                sb.append(indent).append("}\n");
                i++;
            }
        }
    }

    /** {@return an HCL quoted string, escaping quotes, backslashes, control characters and template starts} */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '$', '%' -> {
                    sb.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        sb.append(c);
                    }
                }
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@return SQL text as an HCL string; multi-line text stays one quoted string with {@code \n} escapes, so it reads back exactly} */
    public static String text(String s) {
        return quote(s);
    }

    /** {@return a bare word when it is an HCL identifier ({@code CASCADE}, {@code InnoDB}), else a quoted string} */
    public static String word(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_]*") ? s : quote(s);
    }

    /** {@return a list of quoted strings} */
    public static String strings(java.util.List<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(quote(items.get(i)));
        }
        return sb.append(']').toString();
    }

    /** {@return a reference step: {@code .name}, or {@code ["name"]} when the name is not an HCL identifier} */
    public static String step(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + name : "[" + quote(name) + "]";
    }
}
