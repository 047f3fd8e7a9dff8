package io.atlas4j.sqlite.internal;

import java.util.List;
import java.util.Locale;

/** Reads {@code CREATE VIEW} text: the canonical column list and query, to compare views by meaning. */
final class ViewSql {
    private ViewSql() {
    }

    /** {@return a canonical form of a view: its column list and query, whitespace, case and quoting folded} */
    static String canonical(String definition) {
        List<Token> t = SqlTokens.tokenize(definition);
        if (t.isEmpty() || !t.get(0).is("CREATE")) return "|" + SqlTokens.canonical(definition).replaceAll(" ;$", "");
        int i = 1;
        while (i < t.size() && !t.get(i).is("VIEW")) i++;
        i++;
        if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT") && t.get(i + 2).is("EXISTS")) i += 3;
        i++; // the name
        if (i + 1 < t.size() && t.get(i).isPunct('.')) i += 2;
        String columns = "";
        if (i < t.size() && t.get(i).isPunct('(')) {
            int c = SqlTokens.closing(t, i);
            columns = SqlTokens.canonical(SqlTokens.text(definition, t, i, c + 1));
            i = c + 1;
        }
        if (i < t.size() && t.get(i).is("AS")) i++;
        if (i >= t.size()) return columns;
        return columns + "|" + SqlTokens.canonical(definition.substring(t.get(i).start())).replaceAll(" ;$", "");
    }

    /** {@return the lower-cased identifiers a definition mentions, to find the tables and views it reads} */
    static List<String> identifiers(String definition) {
        return SqlTokens.tokenize(definition).stream().filter(Token::isIdentifier)
                .map(k -> k.value().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
