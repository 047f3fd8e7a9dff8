package io.atlas4j.erd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser for the part of Mermaid's {@code erDiagram} grammar the writer uses, following its jison
 * lexer (first matching rule wins, case-insensitive, a separate state inside {@code { }}) with the
 * attribute-word rule of the releases that accept quoted entity names (9.2 on) — the strictest of
 * them: no dots, commas or non-ASCII in types and names. Anything else is a syntax error, as Mermaid
 * would report it.
 */
final class MermaidErParser {
    record Attribute(String type, String name, List<String> keys, String comment) {
    }

    record Relationship(String first, String cardFirst, boolean identifying, String cardSecond, String second, String role) {
    }

    record Diagram(Map<String, List<Attribute>> entities, List<Relationship> relationships) {
    }

    private record Token(String kind, String text, int line) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Object[][] INITIAL = {
        {"[ \\t\\r]+", null},
        {"\\n+", "NEWLINE"},
        {"\"[^\"%\\r\\n\\x0B\\x08\\\\]+\"", "ENTITY_NAME"},
        {"\"[^\"]*\"", "WORD"},
        {"erDiagram", "ER_DIAGRAM"},
        {"\\{", "BLOCK_START"},
        {":", "COLON"},
        {"\\|o", "ZERO_OR_ONE"},
        {"\\}o", "ZERO_OR_MORE"},
        {"\\}\\|", "ONE_OR_MORE"},
        {"\\|\\|", "ONLY_ONE"},
        {"o\\|", "ZERO_OR_ONE"},
        {"o\\{", "ZERO_OR_MORE"},
        {"\\|\\{", "ONE_OR_MORE"},
        {"\\.\\.", "NON_IDENTIFYING"},
        {"--", "IDENTIFYING"},
        {"([^\\x00-\\x7F]|\\w|-|\\*|\\.)+", "UNICODE_TEXT"},
        {".", "CHAR"},
    };
    private static final Object[][] BLOCK = {
        {"\\s+", null},
        {"\\b(PK|FK|UK)\\b", "ATTRIBUTE_KEY"},
        {"[*A-Za-z_][A-Za-z0-9\\-_\\[\\]()]*", "ATTRIBUTE_WORD"},
        {"\"[^\"]*\"", "COMMENT"},
        {"\\}", "BLOCK_STOP"},
        {".", "CHAR"},
    };

    private final List<Token> tokens;
    private int at;

    private MermaidErParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Diagram parse(String text) {
        return new MermaidErParser(lex(text)).diagram();
    }

    private static List<Token> lex(String text) {
        List<Token> out = new ArrayList<>();
        boolean block = false;
        int line = 1;
        int i = 0;
        List<Pattern[]> compiled = new ArrayList<>();
        for (Object[][] rules : new Object[][][] {INITIAL, BLOCK}) {
            Pattern[] ps = new Pattern[rules.length];
            for (int r = 0; r < rules.length; r++) ps[r] = Pattern.compile((String) rules[r][0], CI);
            compiled.add(ps);
        }
        while (i < text.length()) {
            Object[][] rules = block ? BLOCK : INITIAL;
            Pattern[] ps = compiled.get(block ? 1 : 0);
            boolean matched = false;
            for (int r = 0; r < rules.length; r++) {
                Matcher m = ps[r].matcher(text).region(i, text.length());
                m.useTransparentBounds(true).useAnchoringBounds(false);
                if (!m.lookingAt() || m.end() == i) continue;
                String kind = (String) rules[r][1];
                String t = m.group();
                if (kind != null) {
                    if (kind.equals("BLOCK_START")) block = true;
                    if (kind.equals("BLOCK_STOP")) block = false;
                    out.add(new Token(kind, t, line));
                }
                for (char c : t.toCharArray()) if (c == '\n') line++;
                i = m.end();
                matched = true;
                break;
            }
            if (!matched) throw new IllegalArgumentException("line " + line + ": no token at " + text.substring(i, Math.min(text.length(), i + 20)));
        }
        out.add(new Token("EOF", "", line));
        return out;
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token take(String kind) {
        Token t = tokens.get(at);
        if (!t.kind().equals(kind)) {
            throw new IllegalArgumentException("line " + t.line() + ": expected " + kind + " but found " + t.kind() + " '" + t.text() + "'");
        }
        at++;
        return t;
    }

    private boolean is(String... kinds) {
        for (String k : kinds) if (peek().kind().equals(k)) return true;
        return false;
    }

    private Diagram diagram() {
        Map<String, List<Attribute>> entities = new LinkedHashMap<>();
        List<Relationship> rels = new ArrayList<>();
        while (is("NEWLINE")) take("NEWLINE");
        take("ER_DIAGRAM");
        while (!is("EOF")) {
            if (is("NEWLINE")) {
                take("NEWLINE");
                continue;
            }
            String name = entityName();
            entities.putIfAbsent(name, new ArrayList<>());
            if (is("BLOCK_START")) {
                take("BLOCK_START");
                while (!is("BLOCK_STOP")) entities.get(name).add(attribute());
                take("BLOCK_STOP");
            } else if (is("ZERO_OR_ONE", "ZERO_OR_MORE", "ONE_OR_MORE", "ONLY_ONE")) {
                String a = cardinality();
                boolean identifying = is("IDENTIFYING");
                if (!identifying) take("NON_IDENTIFYING");
                else take("IDENTIFYING");
                String b = cardinality();
                String other = entityName();
                entities.putIfAbsent(other, new ArrayList<>());
                take("COLON");
                Token role = tokens.get(at++);
                if (!List.of("WORD", "ENTITY_NAME", "UNICODE_TEXT").contains(role.kind())) {
                    throw new IllegalArgumentException("line " + role.line() + ": a role must follow ':' but found " + role.text());
                }
                rels.add(new Relationship(name, a, identifying, b, other, role.text().replace("\"", "")));
            }
            if (!is("EOF")) take("NEWLINE");
        }
        return new Diagram(entities, rels);
    }

    private String entityName() {
        Token t = tokens.get(at++);
        if (t.kind().equals("ENTITY_NAME")) return t.text().replace("\"", "");
        if (t.kind().equals("UNICODE_TEXT")) return t.text();
        throw new IllegalArgumentException("line " + t.line() + ": expected an entity name but found " + t.kind() + " '" + t.text() + "'");
    }

    private String cardinality() {
        Token t = tokens.get(at++);
        return t.kind();
    }

    private Attribute attribute() {
        String type = take("ATTRIBUTE_WORD").text();
        String name = take("ATTRIBUTE_WORD").text();
        List<String> keys = new ArrayList<>();
        if (is("ATTRIBUTE_KEY")) {
            keys.add(take("ATTRIBUTE_KEY").text().toUpperCase());
            while (is("CHAR") && peek().text().equals(",")) {
                take("CHAR");
                keys.add(take("ATTRIBUTE_KEY").text().toUpperCase());
            }
        }
        String comment = is("COMMENT") ? take("COMMENT").text().replace("\"", "") : null;
        return new Attribute(type, name, keys, comment);
    }
}
