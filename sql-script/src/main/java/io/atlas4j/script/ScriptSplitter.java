package io.atlas4j.script;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits SQL scripts into statements. Every splitter honours quotes, comments, the file-level
 * {@code -- atlas:delimiter X} directive and the {@code atlas:} directives above statements; the
 * {@link ScriptFeature features} add what a dialect needs on top (dollar quotes, routine bodies,
 * {@code DELIMITER}, {@code GO}, ...). Immutable and thread-safe; withers return copies.
 *
 * <pre>{@code
 * ParsedScript s = ScriptSplitter.postgres().parse(Files.readString(file));
 * s.directives().txMode();                      // -- atlas:txmode none
 * for (ScriptStatement st : s.executable()) run(st.sql(), st.line());
 * }</pre>
 *
 * @param features what the splitter understands beyond the standard
 */
public record ScriptSplitter(Set<ScriptFeature> features) {
    public ScriptSplitter {
        EnumSet<ScriptFeature> copy = EnumSet.noneOf(ScriptFeature.class);
        copy.addAll(Objects.requireNonNull(features, "features"));
        features = Collections.unmodifiableSet(copy);
    }

    /** {@return a splitter with these features only} */
    public static ScriptSplitter of(ScriptFeature... features) {
        return new ScriptSplitter(Set.of(features));
    }

    /** {@return the SQL-standard splitter: {@code ;}, quotes and comments} */
    public static ScriptSplitter standard() {
        return of();
    }

    /**
     * {@return Atlas's dialect-neutral splitter} What Atlas applies to a file when it knows no
     * dialect: dollar quotes, {@code BEGIN ATOMIC}, backticks, {@code DELIMITER} and {@code GO}.
     */
    public static ScriptSplitter atlas() {
        return of(ScriptFeature.DOLLAR_QUOTES, ScriptFeature.BEGIN_ATOMIC, ScriptFeature.BACKTICKS,
                ScriptFeature.DELIMITER_COMMAND, ScriptFeature.GO_BATCHES);
    }

    /** {@return PostgreSQL: dollar quotes, {@code E'...'} strings, {@code BEGIN ATOMIC} and routine bodies} */
    public static ScriptSplitter postgres() {
        return of(ScriptFeature.DOLLAR_QUOTES, ScriptFeature.ESCAPE_STRINGS, ScriptFeature.BEGIN_ATOMIC, ScriptFeature.BLOCKS);
    }

    /** {@return MySQL and MariaDB: backticks, backslash escapes, {@code #} comments, routine bodies, {@code DELIMITER}} */
    public static ScriptSplitter mysql() {
        return of(ScriptFeature.BACKTICKS, ScriptFeature.BACKSLASH_ESCAPES, ScriptFeature.HASH_COMMENTS,
                ScriptFeature.BLOCKS, ScriptFeature.DELIMITER_COMMAND);
    }

    /** {@return SQLite: trigger bodies, and identifiers in backticks or brackets, which SQLite accepts} */
    public static ScriptSplitter sqlite() {
        return of(ScriptFeature.BLOCKS, ScriptFeature.BACKTICKS, ScriptFeature.BRACKETS);
    }

    /** {@return SQL Server: {@code GO} batches, bracketed identifiers, {@code BEGIN ... END} and {@code BEGIN TRY} bodies} */
    public static ScriptSplitter sqlServer() {
        return of(ScriptFeature.GO_BATCHES, ScriptFeature.BRACKETS, ScriptFeature.BLOCKS);
    }

    /** {@return whether the splitter has this feature} */
    public boolean has(ScriptFeature feature) {
        return features.contains(feature);
    }

    /** {@return a copy with these features added} */
    public ScriptSplitter with(ScriptFeature... more) {
        EnumSet<ScriptFeature> f = EnumSet.noneOf(ScriptFeature.class);
        f.addAll(features);
        f.addAll(Arrays.asList(more));
        return new ScriptSplitter(f);
    }

    /** {@return a copy without this feature} */
    public ScriptSplitter without(ScriptFeature feature) {
        EnumSet<ScriptFeature> f = EnumSet.noneOf(ScriptFeature.class);
        f.addAll(features);
        f.remove(feature);
        return new ScriptSplitter(f);
    }

    /** {@return a copy with {@link ScriptFeature#DOLLAR_QUOTES}} */
    public ScriptSplitter withDollarQuotes() {
        return with(ScriptFeature.DOLLAR_QUOTES);
    }

    /** {@return a copy with {@link ScriptFeature#BACKTICKS}} */
    public ScriptSplitter withBackticks() {
        return with(ScriptFeature.BACKTICKS);
    }

    /** {@return a copy with {@link ScriptFeature#BRACKETS}} */
    public ScriptSplitter withBrackets() {
        return with(ScriptFeature.BRACKETS);
    }

    /** {@return a copy that keeps {@code BEGIN ... END} bodies of CREATE TRIGGER/FUNCTION/PROCEDURE/EVENT whole} */
    public ScriptSplitter withBlocks() {
        return with(ScriptFeature.BLOCKS);
    }

    /** {@return a copy that honours the MySQL client's {@code DELIMITER} command} */
    public ScriptSplitter withDelimiterDirective() {
        return with(ScriptFeature.DELIMITER_COMMAND);
    }

    /**
     * {@return a copy that reads SQL Server batches: {@code GO} lines end them, and {@code [...]}
     * quotes identifiers, as it does in every T-SQL script}
     */
    public ScriptSplitter withGoBatches() {
        return with(ScriptFeature.GO_BATCHES, ScriptFeature.BRACKETS);
    }

    /**
     * {@return the script's file directives and statements}
     *
     * @throws ScriptException when the script sets an empty delimiter or has a malformed {@code GO} line
     */
    public ParsedScript parse(String script) {
        return new ScriptScanner(script, features).scan();
    }

    /**
     * {@return the statements with something to execute, in order} The same as
     * {@code parse(script).executable()}.
     *
     * @throws ScriptException when the script sets an empty delimiter or has a malformed {@code GO} line
     */
    public List<ScriptStatement> split(String script) {
        return parse(script).executable();
    }
}
