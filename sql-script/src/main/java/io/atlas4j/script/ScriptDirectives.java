package io.atlas4j.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code atlas:} directives of a file header or of the comments above one statement, in the
 * order written. A file's header directives count only when a blank line separates the header from
 * the first statement (as in Atlas: otherwise they are that statement's comments); the one
 * exception is {@code atlas:delimiter}, which applies wherever it stands in the header.
 *
 * @param all every directive, in order
 */
public record ScriptDirectives(List<Directive> all) {
    /** No directives. */
    public static final ScriptDirectives NONE = new ScriptDirectives(List.of());

    public ScriptDirectives {
        all = List.copyOf(all);
    }

    /** {@return the directives with this name, in order} */
    public List<Directive> named(String name) {
        Objects.requireNonNull(name, "name");
        return all.stream().filter(d -> d.name().equals(name)).toList();
    }

    /** {@return whether a directive with this name is present} */
    public boolean has(String name) {
        return !named(name).isEmpty();
    }

    /** {@return whether there are no directives} */
    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** {@return the statement delimiter the first {@code atlas:delimiter} sets, with {@code \n}, {@code \r} and {@code \t} unescaped} */
    public Optional<String> delimiter() {
        List<Directive> d = named("delimiter");
        return d.isEmpty() ? Optional.empty() : Optional.of(unescape(d.get(0).args()));
    }

    /**
     * {@return the transaction mode the first {@code atlas:txmode} asks for; empty when absent}
     *
     * @throws ScriptException when the directive names no known mode
     */
    public Optional<TxMode> txMode() {
        List<Directive> d = named("txmode");
        if (d.isEmpty()) return Optional.empty();
        Directive first = d.get(0);
        return Optional.of(TxMode.parse(first.args()).orElseThrow(() -> new ScriptException(first.line(), 0,
                "unknown transaction mode \"" + first.args() + "\" in atlas:txmode: use none, file or all")));
    }

    /** {@return what the {@code atlas:nolint} directives suppress together; empty when there are none} */
    public Optional<Nolint> nolint() {
        return named("nolint").stream().map(d -> Nolint.of(d.args())).reduce(Nolint::and);
    }

    /** Atlas spells invisible delimiters with C escapes: {@code -- atlas:delimiter \n\n}. */
    static String unescape(String delimiter) {
        return delimiter.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }
}
