package io.atlas4j.cli;

import picocli.CommandLine.Option;

/** The {@code --dir} option of the migrate commands. */
final class DirOption {
    @Option(names = "--dir", paramLabel = "URL", defaultValue = "file://migrations",
            description = "Migration directory: file://path, optionally ?format=atlas|flyway|golang-migrate|goose|dbmate|liquibase"
                    + " (default: ${DEFAULT-VALUE}, atlas format).")
    String dir;

    DirUrl url() {
        return DirUrl.parse(dir);
    }
}
