package io.atlas4j.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} flag every working command takes. */
final class Verbosity {
    @Option(names = "--verbose", description = "Print stack traces of errors and debug logging.")
    boolean verbose;
}
