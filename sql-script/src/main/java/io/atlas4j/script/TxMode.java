package io.atlas4j.script;

import java.util.Locale;
import java.util.Optional;

/** How a migration file runs ({@code -- atlas:txmode none|file|all}); Atlas's default is {@link #FILE}. */
public enum TxMode {
    /** No transaction: each statement commits on its own (for statements that refuse to run in one). */
    NONE,
    /** One transaction per file. */
    FILE,
    /** One transaction around every pending file. */
    ALL;

    /** {@return the mode a directive names, ignoring case; empty for anything else} */
    public static Optional<TxMode> parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> Optional.of(NONE);
            case "file" -> Optional.of(FILE);
            case "all" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }
}
