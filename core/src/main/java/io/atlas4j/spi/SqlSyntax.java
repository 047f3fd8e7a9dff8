package io.atlas4j.spi;

import io.atlas4j.script.ScriptSplitter;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How a dialect's SQL is written: how scripts split into statements and how identifiers are quoted.
 *
 * @param splitter the script splitter (quotes, comments, blocks, delimiters)
 * @param quoting  quotes one identifier, escaping what must be escaped
 */
public record SqlSyntax(ScriptSplitter splitter, UnaryOperator<String> quoting) {
    /** Statements end at {@code ;}; identifiers in double quotes (SQL standard). */
    public static final SqlSyntax ANSI = new SqlSyntax(ScriptSplitter.standard(), SqlSyntax::doubleQuote);

    public SqlSyntax {
        Objects.requireNonNull(splitter, "splitter");
        Objects.requireNonNull(quoting, "quoting");
    }

    /** {@return ANSI double-quote quoting with this splitter} */
    public static SqlSyntax ansi(ScriptSplitter splitter) {
        return new SqlSyntax(splitter, SqlSyntax::doubleQuote);
    }

    /** {@return the identifier quoted for this dialect's SQL} */
    public String quote(String identifier) {
        return quoting.apply(identifier);
    }

    /** {@return the identifier in double quotes, inner double quotes doubled} */
    public static String doubleQuote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** {@return the identifier in backticks, inner backticks doubled (MySQL, MariaDB)} */
    public static String backtick(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
