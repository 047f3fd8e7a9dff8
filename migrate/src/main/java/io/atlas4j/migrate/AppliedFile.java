package io.atlas4j.migrate;

import java.time.Duration;
import java.util.List;

/**
 * One migration file run by an apply (or, in a dry run, that would run).
 *
 * @param version    its version
 * @param name       its file name
 * @param statements the statements run (from the first not yet applied, for a resumed file)
 * @param took       how long it ran (zero in a dry run)
 */
public record AppliedFile(String version, String name, List<String> statements, Duration took) {
    public AppliedFile {
        statements = List.copyOf(statements);
    }
}
