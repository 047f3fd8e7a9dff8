package io.atlas4j.erd;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mermaid {@code erDiagram} text. Entities are quoted names (schema-qualified when there are
 * several schemas); attribute types and names keep to the characters every Mermaid release accepts,
 * and whatever had to be replaced is spelled out in the attribute's comment. Marks of a diff become
 * a {@code +}, {@code ~} or {@code -} at the start of the comment.
 */
final class MermaidWriter {
    private static final Pattern WORD_CHAR = Pattern.compile("[^A-Za-z0-9_\\-()\\[\\]]");
    private static final Pattern KEY_PREFIX = Pattern.compile("(?i)^(pk|fk|uk)(?![A-Za-z0-9_]).*");

    private MermaidWriter() {
    }

    static String write(ErdDiagram d) {
        boolean qualify = d.groups().size() > 1;
        Map<String, String> names = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (ErdNode n : d.nodes()) names.put(n.id(), unique(entity(qualify ? n.qualifiedName() : n.name()), used));

        StringBuilder b = new StringBuilder("erDiagram\n");
        for (ErdNode n : d.nodes()) {
            b.append("    \"").append(names.get(n.id())).append("\" {");
            if (n.fields().isEmpty()) {
                // A view has no columns in the model: one row says what it is.
                b.append("\n        view ").append(n.kind() == ErdNode.Kind.VIEW ? "_view" : "_none");
                comment(b, n.mark(), n.kind() == ErdNode.Kind.VIEW ? "view" : "no columns");
                b.append('\n');
            } else {
                b.append('\n');
                Set<String> attrs = new HashSet<>();
                for (ErdField f : n.fields()) {
                    String type = word(f.type());
                    String name = unique(word(f.name()), attrs);
                    b.append("        ").append(type).append(' ').append(name);
                    String keys = f.keys().replace(" ", ", ");
                    if (!keys.isEmpty()) b.append(' ').append(keys);
                    StringBuilder note = new StringBuilder();
                    if (f.notNull()) note.append("NOT NULL");
                    if (!type.equals(f.type())) note.append(note.isEmpty() ? "" : ", ").append("type ").append(f.type());
                    if (!name.equals(f.name())) note.append(note.isEmpty() ? "" : ", ").append("column ").append(f.name());
                    comment(b, f.mark(), note.toString());
                    b.append('\n');
                }
            }
            b.append("    }\n");
        }
        for (ErdEdge e : d.edges()) {
            if (e.kind() != ErdEdge.Kind.FOREIGN_KEY) continue; // erDiagram has no notion of a view's reads
            String parent = e.parentOptional() ? "|o" : "||";
            String child = e.manyChildren() ? "o{" : "o|";
            b.append("    \"").append(names.get(e.to())).append("\" ").append(parent)
                    .append(e.identifying() ? "--" : "..").append(child)
                    .append(" \"").append(names.get(e.from())).append("\" : \"")
                    .append(e.mark().sign()).append(role(e)).append("\"\n");
        }
        return b.toString();
    }

    private static void comment(StringBuilder b, ErdMark mark, String note) {
        String text = (mark.sign() + (mark == ErdMark.UNCHANGED ? "" : " ") + note).strip();
        if (!text.isEmpty()) b.append(" \"").append(text.replace('"', '\'').replaceAll("[\\r\\n]", " ")).append('"');
    }

    private static String role(ErdEdge e) {
        String r = e.name().isEmpty() ? String.join(", ", e.columns()) : e.name();
        return r.replace('"', '\'').replaceAll("[\\r\\n]", " ");
    }

    /** Quoted entity names may hold anything but a double quote (shown as '), a percent sign, a backslash and line breaks (shown as _). */
    private static String entity(String name) {
        String s = name.replace('"', '\'').replaceAll("[%\\\\\\r\\n\\x0B\\x08]", "_");
        return s.isBlank() ? "_" : s;
    }

    /** An attribute word: a letter or underscore, then letters, digits, _ - ( ) [ ]; never read as a key. */
    static String word(String s) {
        String w = WORD_CHAR.matcher(s.replace(' ', '_').replace(',', '_')).replaceAll("_");
        if (w.isEmpty() || !Character.isLetter(w.charAt(0)) && w.charAt(0) != '_' || KEY_PREFIX.matcher(w).matches()) w = "_" + w;
        return w;
    }

    private static String unique(String name, Set<String> used) {
        String n = name;
        for (int i = 2; !used.add(n.toLowerCase(Locale.ROOT)); i++) n = name + "_" + i;
        return n;
    }
}
