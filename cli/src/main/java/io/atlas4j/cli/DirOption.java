package io.atlas4j.cli;

import io.atlas4j.migrate.DirectoryUrl;
import io.atlas4j.hcl.project.Env;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --dir} option of the migrate commands. */
final class DirOption {
    static final String DEFAULT = "file://migrations";

    @Option(names = "--dir", paramLabel = "URL",
            description = "Migration directory: file://path, optionally ?format=atlas|flyway|golang-migrate|goose|dbmate|liquibase"
                    + " (default: the env's migration dir with --env, else " + DEFAULT + ", atlas format).")
    String dir;

    DirectoryUrl url() {
        return url(Optional.empty());
    }

    /** {@return --dir, else the env's {@code migration { dir, format }}, else {@value #DEFAULT}} */
    DirectoryUrl url(Optional<Env> env) {
        if (dir != null) return DirectoryUrl.parse(dir);
        Optional<Env.Migration> m = env.map(Env::migration);
        Optional<String> fromEnv = m.flatMap(Env.Migration::dir);
        if (fromEnv.isEmpty()) {
            String format = m.flatMap(Env.Migration::format).map(f -> "?format=" + f).orElse("");
            return DirectoryUrl.parse(DEFAULT + format);
        }
        String d = fromEnv.get();
        Optional<String> format = m.flatMap(Env.Migration::format);
        return DirectoryUrl.parse(format.isPresent() && !d.contains("?") ? d + "?format=" + format.get() : d);
    }
}
