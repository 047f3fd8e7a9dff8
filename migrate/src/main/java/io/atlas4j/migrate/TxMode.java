package io.atlas4j.migrate;

import io.atlas4j.error.InvalidInputException;
import java.util.Locale;

/**
 * How migration files run in transactions, as Atlas's {@code --tx-mode}. A file's own
 * {@code -- atlas:txmode none} directive overrides it for that file.
 */
public enum TxMode {
    /** Each file in a transaction of its own (the default): a failing file leaves the files before it applied. */
    FILE,
    /** Every pending file in one transaction: a failure rolls back them all (where the database's DDL is transactional). */
    ALL,
    /** No transactions: each statement commits on its own. */
    NONE;

    /** {@return the mode called {@code name} ({@code file}, {@code all} or {@code none}, any case)} */
    public static TxMode parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("unknown transaction mode \"" + name + "\": use file, all or none");
        }
    }
}
