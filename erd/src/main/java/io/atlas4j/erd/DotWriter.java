package io.atlas4j.erd;

import java.util.HashMap;
import java.util.Map;

/**
 * Graphviz DOT. Node and port ids are generated ({@code n3}, {@code f2}), so no name ever has to be
 * escaped as an identifier; names appear only inside HTML-like labels, escaped as XML text. A
 * foreign key runs from its column to the referenced column, with crow's-foot arrow shapes for
 * cardinality; a schema is a cluster.
 */
final class DotWriter {
    private DotWriter() {
    }

    static String write(ErdDiagram d) {
        Map<String, ErdNode> byId = new HashMap<>();
        for (ErdNode n : d.nodes()) byId.put(n.id(), n);
        StringBuilder b = new StringBuilder();
        b.append("digraph erd {\n");
        b.append("  graph [rankdir=RL, fontname=\"Helvetica\", fontsize=12, nodesep=0.3, ranksep=0.9, label=<")
                .append(Xml.text(d.title())).append(">, labelloc=t];\n");
        b.append("  node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n");
        b.append("  edge [dir=both, color=\"#57606a\", arrowsize=0.8];\n");
        for (int g = 0; g < d.groups().size(); g++) {
            ErdGroup group = d.groups().get(g);
            b.append("  subgraph cluster_").append(g).append(" {\n");
            b.append("    label=<<B>").append(Xml.text(group.name())).append("</B>>; style=rounded; color=\"")
                    .append(color(group.mark(), "#8c959f")).append("\";\n");
            for (String id : group.nodeIds()) node(b, byId.get(id));
            b.append("  }\n");
        }
        for (ErdEdge e : d.edges()) {
            ErdNode from = byId.get(e.from());
            ErdNode to = byId.get(e.to());
            b.append("  ").append(e.from()).append(port(from, e.columns())).append(" -> ")
                    .append(e.to()).append(port(to, e.refColumns())).append(" [");
            if (e.kind() == ErdEdge.Kind.FOREIGN_KEY) {
                b.append("arrowtail=").append(e.manyChildren() ? "crowodot" : "teeodot")
                        .append(", arrowhead=").append(e.parentOptional() ? "teeodot" : "teetee");
            } else {
                b.append("style=dashed, arrowtail=none, arrowhead=vee");
            }
            b.append(", color=\"").append(color(e.mark(), "#57606a")).append('"');
            b.append(", tooltip=").append(quoted(tooltip(e, from, to))).append("];\n");
        }
        b.append("}\n");
        return b.toString();
    }

    private static void node(StringBuilder b, ErdNode n) {
        String border = color(n.mark(), n.kind() == ErdNode.Kind.VIEW ? "#8250df" : "#57606a");
        b.append("    ").append(n.id()).append(" [label=<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" COLOR=\"")
                .append(border).append("\">");
        b.append("<TR><TD COLSPAN=\"3\" BGCOLOR=\"").append(n.kind() == ErdNode.Kind.VIEW ? "#f3eefc" : "#eaeef2").append("\"><B>")
                .append(Xml.text(n.mark().sign() + n.name())).append("</B>")
                .append(n.kind() == ErdNode.Kind.VIEW ? " <I>view</I>" : "").append("</TD></TR>");
        for (int i = 0; i < n.fields().size(); i++) {
            ErdField f = n.fields().get(i);
            String c = color(f.mark(), "#24292f");
            b.append("<TR><TD ALIGN=\"LEFT\" PORT=\"f").append(i).append("\"><FONT COLOR=\"").append(c).append("\">")
                    .append(Xml.text(f.mark().sign() + f.name())).append("</FONT></TD>")
                    .append("<TD ALIGN=\"LEFT\"><FONT COLOR=\"#6e7781\">").append(Xml.text(f.type())).append("</FONT></TD>")
                    .append("<TD ALIGN=\"LEFT\">").append(Xml.text(markers(f))).append("</TD></TR>");
        }
        b.append("</TABLE>>, tooltip=").append(quoted(n.qualifiedName())).append("];\n");
    }

    static String markers(ErdField f) {
        String keys = f.keys();
        return f.notNull() ? (keys.isEmpty() ? "NN" : keys + " NN") : keys.isEmpty() ? " " : keys;
    }

    private static String port(ErdNode n, java.util.List<String> columns) {
        if (columns.isEmpty()) return "";
        for (int i = 0; i < n.fields().size(); i++) {
            if (n.fields().get(i).name().equals(columns.get(0))) return ":f" + i;
        }
        return "";
    }

    private static String tooltip(ErdEdge e, ErdNode from, ErdNode to) {
        return from.qualifiedName() + "(" + String.join(", ", e.columns()) + ") -> " + to.qualifiedName()
                + "(" + String.join(", ", e.refColumns()) + ")" + (e.name().isEmpty() ? "" : " " + e.name());
    }

    /** A DOT quoted string: backslashes doubled (escString), quotes escaped, line breaks as spaces. */
    static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ") + '"';
    }

    static String color(ErdMark mark, String otherwise) {
        return switch (mark) {
            case UNCHANGED -> otherwise;
            case ADDED -> "#1a7f37";
            case CHANGED -> "#9a6700";
            case DROPPED -> "#cf222e";
        };
    }
}
