package io.atlas4j.erd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The HTML page: one inline SVG with every box and line already placed (see {@link Layout}), the
 * stylesheet and script inlined from this module's resources. Written as well-formed XML too
 * (polyglot markup), so tests and tools can read it with an XML parser.
 */
final class HtmlWriter {
    private static final String CSS = resource("erd.css");
    private static final String JS = resource("erd.js");

    private HtmlWriter() {
    }

    static String write(ErdDiagram d, Layout layout) {
        long tables = d.nodes().stream().filter(n -> n.kind() == ErdNode.Kind.TABLE).count();
        long views = d.nodes().size() - tables;
        long fks = d.edges().stream().filter(e -> e.kind() == ErdEdge.Kind.FOREIGN_KEY).count();
        StringBuilder b = new StringBuilder(4096 + d.nodes().size() * 900);
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"atlas4j\"/>\n")
                .append("<title>").append(Xml.text(d.title())).append("</title>\n")
                .append("<style>/*<![CDATA[*/\n").append(CSS).append("/*]]>*/</style>\n</head>\n");
        b.append("<body class=\"").append(d.isDiff() ? "diff" : "plain").append("\">\n<header>\n<h1>")
                .append(Xml.text(d.title())).append("</h1>\n")
                .append("<input id=\"search\" type=\"search\" placeholder=\"Find a table (Enter: next)\" autocomplete=\"off\" spellcheck=\"false\"/>\n")
                .append("<span id=\"found\"></span>\n<button id=\"fit\" type=\"button\" title=\"Show everything\">Fit</button>\n")
                .append("<span id=\"stats\">").append(tables).append(tables == 1 ? " table, " : " tables, ")
                .append(views).append(views == 1 ? " view, " : " views, ").append(fks).append(fks == 1 ? " foreign key" : " foreign keys")
                .append("</span>\n<span class=\"legend\"><b>PK</b> primary key <b>FK</b> foreign key <b>UK</b> unique <b>NN</b> not null");
        if (d.isDiff()) {
            b.append(" <i class=\"added\">+ added</i> <i class=\"changed\">~ changed</i> <i class=\"dropped\">- dropped</i>");
        }
        b.append("</span>\n</header>\n");
        b.append("<svg id=\"erd\" xmlns=\"http://www.w3.org/2000/svg\" data-width=\"").append(layout.width())
                .append("\" data-height=\"").append(layout.height()).append("\">\n");
        defs(b);
        b.append("<g id=\"viewport\">\n<g class=\"frames\">\n");
        for (Layout.Frame f : layout.frames()) {
            b.append("<g class=\"frame ").append(f.mark().word()).append("\" data-schema=\"").append(Xml.text(f.name())).append("\">")
                    .append("<rect x=\"").append(f.x()).append("\" y=\"").append(f.y()).append("\" width=\"").append(f.w())
                    .append("\" height=\"").append(f.h()).append("\" rx=\"8\"/></g>\n");
        }
        b.append("</g>\n<g class=\"edges\">\n");
        for (ErdEdge e : d.edges()) edge(b, d, e, layout.paths().get(e.id()));
        b.append("</g>\n<g class=\"nodes\">\n");
        for (ErdNode n : d.nodes()) node(b, n, layout.boxes().get(n.id()));
        // Schema names last, above the boxes, so they stay readable when the page grows them far out.
        b.append("</g>\n<g class=\"frame-titles\">\n");
        for (Layout.Frame f : layout.frames()) {
            b.append("<text class=\"frame-title ").append(f.mark().word()).append("\" x=\"").append(f.x() + 12).append("\" y=\"")
                    .append(f.y() + 7).append("\">").append(Xml.text(f.name())).append("</text>\n");
        }
        b.append("</g>\n</g>\n</svg>\n");
        b.append("<script>//<![CDATA[\n").append(JS).append("//]]></script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void defs(StringBuilder b) {
        // Crow's-foot ends, drawn for a line that ends at x=20; start markers are turned round by the browser.
        b.append("<defs>\n")
                .append(marker("c-many", "auto-start-reverse", "<path d=\"M8 0 L20 -7 M8 0 L20 0 M8 0 L20 7\"/><circle cx=\"4\" cy=\"0\" r=\"3\"/>"))
                .append(marker("c-one", "auto-start-reverse", "<path d=\"M14 -6 L14 6\"/><circle cx=\"6\" cy=\"0\" r=\"3\"/>"))
                .append(marker("p-one", "auto", "<path d=\"M14 -6 L14 6 M9 -6 L9 6\"/>"))
                .append(marker("p-opt", "auto", "<path d=\"M14 -6 L14 6\"/><circle cx=\"6\" cy=\"0\" r=\"3\"/>"))
                .append(marker("v-arrow", "auto", "<path d=\"M8 -5 L20 0 L8 5\"/>"))
                .append("</defs>\n");
    }

    private static String marker(String id, String orient, String body) {
        return "<marker id=\"" + id + "\" class=\"end\" viewBox=\"0 -10 22 20\" refX=\"20\" refY=\"0\" markerWidth=\"22\" markerHeight=\"20\""
                + " markerUnits=\"userSpaceOnUse\" orient=\"" + orient + "\">" + body + "</marker>\n";
    }

    private static void edge(StringBuilder b, ErdDiagram d, ErdEdge e, String path) {
        boolean fk = e.kind() == ErdEdge.Kind.FOREIGN_KEY;
        String from = d.node(e.from()).map(ErdNode::qualifiedName).orElse(e.from());
        String to = d.node(e.to()).map(ErdNode::qualifiedName).orElse(e.to());
        b.append("<path class=\"edge ").append(fk ? "fk " : "dep ").append(e.mark().word()).append("\" id=\"").append(e.id())
                .append("\" data-from=\"").append(e.from()).append("\" data-to=\"").append(e.to()).append("\" d=\"").append(path).append('"');
        if (fk) {
            b.append(" marker-start=\"url(#").append(e.manyChildren() ? "c-many" : "c-one").append(")\" marker-end=\"url(#")
                    .append(e.parentOptional() ? "p-opt" : "p-one").append(")\"><title>")
                    .append(Xml.text(e.mark().sign() + from + " (" + String.join(", ", e.columns()) + ") \u2192 " + to + " ("
                            + String.join(", ", e.refColumns()) + ")" + (e.name().isEmpty() ? "" : ": " + e.name())
                            + (e.manyChildren() ? ", many to " : ", one to ") + (e.parentOptional() ? "zero or one" : "one")));
        } else {
            b.append(" marker-end=\"url(#v-arrow)\"><title>").append(Xml.text(e.mark().sign() + from + " reads " + to));
        }
        b.append("</title></path>\n");
    }

    private static void node(StringBuilder b, ErdNode n, Layout.Box box) {
        boolean view = n.kind() == ErdNode.Kind.VIEW;
        b.append("<g class=\"node ").append(view ? "view " : "table ").append(n.mark().word()).append("\" id=\"").append(n.id())
                .append("\" data-name=\"").append(Xml.text(n.qualifiedName())).append("\" transform=\"translate(")
                .append(box.x()).append(',').append(box.y()).append(")\">")
                .append("<title>").append(Xml.text(n.mark().sign() + n.qualifiedName() + (view ? " (view)" : ""))).append("</title>")
                .append("<rect class=\"box\" width=\"").append(box.w()).append("\" height=\"").append(box.h()).append("\" rx=\"5\"/>")
                .append("<rect class=\"head\" width=\"").append(box.w()).append("\" height=\"").append(Layout.HEADER).append("\" rx=\"5\"/>")
                .append("<text class=\"name\" x=\"").append(Layout.PAD).append("\" y=\"18\">")
                .append(Xml.text(Layout.clip(n.mark().sign() + n.name()))).append("</text>");
        if (view) {
            b.append("<text class=\"kind\" x=\"").append(box.w() - Layout.PAD).append("\" y=\"18\">view</text>")
                    .append("<text class=\"f\" y=\"").append(Layout.HEADER + 13).append("\"><tspan class=\"ct\" x=\"")
                    .append(Layout.PAD).append("\">(no columns in the model)</tspan></text>");
        }
        for (int i = 0; i < n.fields().size(); i++) {
            ErdField f = n.fields().get(i);
            b.append("<text class=\"f ").append(f.mark().word()).append(f.primaryKey() ? " pk" : "").append("\" y=\"")
                    .append(Layout.HEADER + i * Layout.ROW + 13).append("\"><tspan class=\"cn\" x=\"").append(Layout.PAD).append("\">")
                    .append(Xml.text(Layout.clip(f.mark().sign() + f.name()))).append("</tspan><tspan class=\"ct\" x=\"").append(box.typeX())
                    .append("\">").append(Xml.text(Layout.clip(f.type()))).append("</tspan>");
            String keys = DotWriter.markers(f).strip();
            if (!keys.isEmpty()) b.append("<tspan class=\"ck\" x=\"").append(box.keysX()).append("\">").append(keys).append("</tspan>");
            b.append("</text>");
        }
        b.append("</g>\n");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("atlas4j-erd is missing its resource " + name + ": rebuild the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
