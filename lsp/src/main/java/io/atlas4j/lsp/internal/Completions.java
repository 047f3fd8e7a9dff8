package io.atlas4j.lsp.internal;

import io.atlas4j.hcl.HclVocabulary.AttributeInfo;
import io.atlas4j.hcl.HclVocabulary.ValueKind;
import io.atlas4j.lsp.internal.Outline.Cursor;
import io.atlas4j.lsp.internal.Outline.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Completion at an offset: in a body, the block types and attributes the enclosing block allows; in a value, the
 * column types after {@code type =}, references ({@code column.}, {@code table.}, {@code schema.}, {@code var.},
 * {@code enum.}) from the document, and the values an attribute's kind allows. Each item replaces the word typed
 * so far (after its last dot, for references), so that editors need not guess where words end.
 */
public final class Completions {
    private static final List<String> ACTIONS = List.of("CASCADE", "SET_NULL", "SET_DEFAULT", "RESTRICT", "NO_ACTION");

    private final String text;
    private final int offset;
    private final Vocabulary vocabulary;
    private final LineIndex lines;
    private final Node tree;
    private final Cursor cursor;
    private final List<CompletionItem> items = new ArrayList<>();

    private Completions(String text, int offset, Vocabulary vocabulary) {
        this.text = text;
        this.offset = offset;
        this.vocabulary = vocabulary;
        this.lines = new LineIndex(text);
        this.tree = Outline.tree(text);
        this.cursor = Outline.at(text, offset, tree);
    }

    /** {@return the completion items at {@code offset} in {@code text}} */
    public static List<CompletionItem> at(String text, int offset, Vocabulary vocabulary) {
        Completions c = new Completions(text, offset, vocabulary);
        switch (c.cursor.where()) {
            case BODY:
                c.body();
                break;
            case VALUE:
                c.value();
                break;
            default:
                break;
        }
        return c.items;
    }

    private void body() {
        List<String> path = cursor.types();
        for (String type : vocabulary.blockTypes(path)) {
            add(type, CompletionItemKind.Class, "block", type, cursor.tokenStart());
        }
        Node enclosing = cursor.path().isEmpty() ? tree : cursor.path().get(cursor.path().size() - 1);
        String typed = text.substring(cursor.tokenStart(), offset);
        for (AttributeInfo a : vocabulary.attributes(path)) {
            if (enclosing.attributes().contains(a.name()) && !a.name().equals(typed)) {
                continue; // already set
            }
            add(a.name(), CompletionItemKind.Property, a.required() ? "attribute (required)" : "attribute",
                    a.name() + " = ", cursor.tokenStart());
        }
    }

    private void value() {
        String word = text.substring(cursor.tokenStart(), offset);
        int dot = word.lastIndexOf('.');
        if (dot >= 0) {
            references(Arrays.asList(word.substring(0, dot).split("\\.", -1)), cursor.tokenStart() + dot + 1);
            return;
        }
        List<String> path = cursor.types();
        ValueKind kind = vocabulary.attributes(path).stream()
                .filter(a -> a.name().equals(cursor.attribute()))
                .map(AttributeInfo::kind)
                .findFirst().orElse(ValueKind.ANY);
        int from = cursor.tokenStart();
        switch (kind) {
            case TYPE:
                vocabulary.typeNames().forEach(t -> add(t, CompletionItemKind.TypeParameter, "column type", t, from));
                break;
            case COLUMNS:
            case COLUMN:
                columns(enclosingTable()).forEach(c -> add("column." + c, CompletionItemKind.Reference, "column", "column." + c, from));
                break;
            case REF_COLUMNS:
                columns(enclosingTable()).forEach(c -> add("column." + c, CompletionItemKind.Reference, "column", "column." + c, from));
                for (Node t : tree.children("table")) {
                    t.name().ifPresent(n -> add("table." + n, CompletionItemKind.Reference, "table", "table." + n, from));
                }
                break;
            case SCHEMA:
                names("schema").forEach(n -> add("schema." + n, CompletionItemKind.Reference, "schema", "schema." + n, from));
                break;
            case BOOL:
                List.of("true", "false").forEach(b -> add(b, CompletionItemKind.Value, "bool", b, from));
                break;
            case ACTION:
                ACTIONS.forEach(a -> add(a, CompletionItemKind.EnumMember, "referential action", a, from));
                break;
            default:
                break;
        }
    }

    /** After {@code root.} or {@code table.t.column.}: the names that may follow. */
    private void references(List<String> before, int from) {
        String root = before.get(0);
        if (before.size() == 1) {
            switch (root) {
                case "column":
                    columns(enclosingTable()).forEach(c -> add(c, CompletionItemKind.Reference, "column", c, from));
                    return;
                case "table":
                case "schema":
                case "enum":
                    names(root).forEach(n -> add(n, CompletionItemKind.Reference, root, n, from));
                    return;
                case "var":
                    names("variable").forEach(n -> add(n, CompletionItemKind.Reference, "variable", n, from));
                    return;
                default:
                    return;
            }
        }
        if (root.equals("table") && before.size() == 2) {
            add("column", CompletionItemKind.Keyword, "the table's columns", "column", from);
        } else if (root.equals("table") && before.size() == 3 && before.get(2).equals("column")) {
            Optional<Node> t = tree.children("table").stream()
                    .filter(n -> n.name().orElse("").equals(before.get(1))).findFirst();
            columns(t).forEach(c -> add(c, CompletionItemKind.Reference, "column of " + before.get(1), c, from));
        }
    }

    private Optional<Node> enclosingTable() {
        return cursor.path().stream().filter(n -> n.type().equals("table")).findFirst();
    }

    private static List<String> columns(Optional<Node> table) {
        return table.map(t -> t.children("column").stream().flatMap(c -> c.name().stream()).toList()).orElse(List.of());
    }

    private List<String> names(String type) {
        return tree.children(type).stream().flatMap(n -> n.name().stream()).distinct().toList();
    }

    private void add(String label, CompletionItemKind kind, String detail, String insert, int from) {
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setDetail(detail);
        item.setTextEdit(Either.forLeft(new TextEdit(new Range(lines.position(from), lines.position(offset)), insert)));
        items.add(item);
    }
}
