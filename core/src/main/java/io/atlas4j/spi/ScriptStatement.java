package io.atlas4j.spi;

import java.util.Objects;

/** One statement of a script, without its terminator, and the 1-based line it starts on. */
public record ScriptStatement(String sql, int line) {
    public ScriptStatement {
        Objects.requireNonNull(sql, "sql");
    }
}
