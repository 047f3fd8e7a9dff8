package io.atlas4j.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A split script: the file's own directives and its statements in order.
 *
 * @param directives the file-level directives of the header (see {@link ScriptDirectives})
 * @param statements every statement, including empty {@code GO} batches, which Atlas counts too
 */
public record ParsedScript(ScriptDirectives directives, List<ScriptStatement> statements) {
    public ParsedScript {
        Objects.requireNonNull(directives, "directives");
        statements = List.copyOf(statements);
    }

    /** {@return the statements with something to execute, in order} */
    public List<ScriptStatement> executable() {
        return statements.stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * {@return what lint must not report for a statement} A file-level {@code atlas:nolint}
     * applies to every statement (a bare one to the whole file), joined with the statement's own.
     */
    public Optional<Nolint> nolint(ScriptStatement statement) {
        Optional<Nolint> file = directives.nolint();
        Optional<Nolint> own = statement.nolint();
        if (file.isEmpty()) return own;
        if (own.isEmpty()) return file;
        return Optional.of(file.get().and(own.get()));
    }
}
