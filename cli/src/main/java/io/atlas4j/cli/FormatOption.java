package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import picocli.CommandLine.Option;

/** {@code --format text|json}: text for people (default), or one JSON document on stdout for tools (docs/cli-json.md). */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: exactly one JSON document on stdout, described in docs/cli-json.md.")
    String format;

    /** {@return whether JSON was asked for} Anything but text or json is an input error. */
    boolean json() {
        if (format.equals("json")) return true;
        if (format.equals("text")) return false;
        throw new InvalidInputException("--format is text or json, not " + format);
    }
}
