package io.atlas4j.erd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of the DOT language as Graphviz defines it (IDs: names, numerals, quoted strings with
 * {@code \"}, and {@code <...>} HTML strings with balanced angle brackets; statements: attribute,
 * node, edge, {@code a = b} and subgraphs), enough to check what the writer produced.
 */
final class DotParser {
    record Node(String id, String cluster, Map<String, String> attrs) {
    }

    record Edge(String from, String fromPort, String to, String toPort, Map<String, String> attrs) {
    }

    record Graph(List<String> clusters, Map<String, String> clusterLabels, Map<String, Node> nodes, List<Edge> edges) {
    }

    private final String s;
    private int i;
    private final Graph graph = new Graph(new ArrayList<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());

    private DotParser(String s) {
        this.s = s;
    }

    static Graph parse(String text) {
        DotParser p = new DotParser(text);
        p.keyword("digraph");
        p.ws();
        if (p.peek() != '{') p.id();
        p.body(null);
        p.ws();
        if (p.i != text.length()) throw p.error("text after the graph");
        return p.graph;
    }

    private void body(String cluster) {
        expect('{');
        while (true) {
            ws();
            if (peek() == '}') {
                i++;
                return;
            }
            statement(cluster);
            ws();
            if (peek() == ';') i++;
        }
    }

    private void statement(String cluster) {
        int start = i;
        String first = id();
        if (first.equals("subgraph")) {
            ws();
            String name = peek() == '{' ? "" : id();
            if (name.startsWith("cluster")) graph.clusters().add(name);
            ws();
            body(name);
            return;
        }
        if (List.of("graph", "node", "edge").contains(first)) {
            attrs();
            return;
        }
        ws();
        if (peek() == '=') {
            i++;
            String value = id();
            if (first.equals("label") && cluster != null) graph.clusterLabels().put(cluster, value);
            return;
        }
        String port = port();
        ws();
        if (s.startsWith("->", i)) {
            i += 2;
            String to = id();
            String toPort = port();
            Map<String, String> a = attrs();
            graph.edges().add(new Edge(first, port, to, toPort, a));
            return;
        }
        if (s.startsWith("--", i)) throw error("'--' in a digraph");
        Map<String, String> a = attrs();
        if (graph.nodes().containsKey(first)) throw new IllegalArgumentException("node " + first + " declared twice (at " + start + ")");
        graph.nodes().put(first, new Node(first, cluster, a));
    }

    private String port() {
        ws();
        if (peek() != ':') return null;
        i++;
        String p = id();
        ws();
        if (peek() == ':') {
            i++;
            id(); // compass point
        }
        return p;
    }

    private Map<String, String> attrs() {
        Map<String, String> a = new LinkedHashMap<>();
        ws();
        while (peek() == '[') {
            i++;
            while (true) {
                ws();
                if (peek() == ']') {
                    i++;
                    break;
                }
                String k = id();
                ws();
                expect('=');
                a.put(k, id());
                ws();
                if (peek() == ',' || peek() == ';') i++;
            }
            ws();
        }
        return a;
    }

    private String id() {
        ws();
        char c = peek();
        if (c == '"') {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                if (i >= s.length()) throw error("unterminated string");
                char d = s.charAt(i++);
                if (d == '"') return b.toString();
                if (d == '\\' && i < s.length() && s.charAt(i) == '"') {
                    b.append('"');
                    i++;
                } else b.append(d);
            }
        }
        if (c == '<') {
            int depth = 0;
            int start = i;
            do {
                if (i >= s.length()) throw error("unterminated HTML string");
                char d = s.charAt(i++);
                if (d == '<') depth++;
                if (d == '>') depth--;
            } while (depth > 0);
            return s.substring(start, i);
        }
        int start = i;
        if (Character.isDigit(c) || c == '-' || c == '.') {
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) i++;
        } else {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) >= 0x80)) i++;
        }
        if (start == i) throw error("an ID");
        if (Character.isDigit(s.charAt(start)) && !s.substring(start, i).matches("-?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)")) throw error("a numeral");
        return s.substring(start, i);
    }

    private void keyword(String k) {
        ws();
        if (!s.startsWith(k, i)) throw error(k);
        i += k.length();
    }

    private void ws() {
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) i++;
            else if (s.startsWith("//", i) || s.startsWith("#", i)) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) throw error("end of comment");
                i = end + 2;
            } else return;
        }
    }

    private char peek() {
        if (i >= s.length()) throw error("more input");
        return s.charAt(i);
    }

    private void expect(char c) {
        ws();
        if (peek() != c) throw error("'" + c + "'");
        i++;
    }

    private IllegalArgumentException error(String expected) {
        int line = 1;
        for (int k = 0; k < Math.min(i, s.length()); k++) if (s.charAt(k) == '\n') line++;
        return new IllegalArgumentException("DOT line " + line + ": expected " + expected + " at '"
                + s.substring(Math.min(i, s.length()), Math.min(s.length(), i + 30)) + "'");
    }
}
