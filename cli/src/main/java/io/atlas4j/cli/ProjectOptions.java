package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.project.AtlasProject;
import io.atlas4j.hcl.project.Env;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --env}, {@code --config} and {@code --var}, which every working command takes: an env of the project file
 * ({@code atlas.hcl}) fills the options the command line leaves out; {@code --var} values reach the project file's
 * variables and the variable blocks of HCL schema files.
 */
final class ProjectOptions {
    static final String DEFAULT_CONFIG = "file://atlas.hcl";
    private static final String FILE = "file://";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--env", paramLabel = "NAME",
            description = "Env of the project file whose settings (url, dev, src, migration, diff, lint) fill the options not given.")
    String env;

    @Option(names = {"-c", "--config"}, paramLabel = "URL",
            description = "Project file for --env: file://path (default: " + DEFAULT_CONFIG + " in the working directory).")
    String config;

    @Option(names = "--var", paramLabel = "NAME=VALUE",
            description = "Value of an input variable of the project file or of HCL schema files; repeatable.")
    Map<String, String> vars = new LinkedHashMap<>();

    private Optional<Env> loaded;

    /** {@return the --var values, in the order given} */
    Map<String, String> vars() {
        return vars == null ? Map.of() : Map.copyOf(vars);
    }

    /**
     * {@return the env named by --env, loaded once; empty without --env} Its URLs are masked in every error the
     * command prints, like URLs given on the command line.
     */
    Optional<Env> env() {
        if (loaded != null) return loaded;
        if (env == null) {
            loaded = Optional.empty();
            return loaded;
        }
        if (env.isBlank()) throw new InvalidInputException("--env needs the name of an env of the project file");
        Path file = configPath();
        if (!file.toFile().isFile()) {
            throw new InvalidInputException("--env " + env + " needs a project file, and \"" + file + "\" does not exist: create it,"
                    + " or name it with --config file://path/to/atlas.hcl");
        }
        Env e = AtlasProject.load(file, vars()).env(env);
        AtlasCommand root = (AtlasCommand) mixee.root().userObject();
        e.url().ifPresent(root::secret);
        e.dev().ifPresent(root::secret);
        e.src().forEach(root::secret);
        loaded = Optional.of(e);
        return loaded;
    }

    private Path configPath() {
        String c = config == null ? DEFAULT_CONFIG : config.strip();
        if (c.startsWith(FILE)) c = c.substring(FILE.length());
        else if (c.contains("://")) {
            throw new InvalidInputException("--config \"" + c + "\" is not a file:// URL: use file://path/to/atlas.hcl");
        }
        if (c.isEmpty()) throw new InvalidInputException("--config has no path: use file://atlas.hcl");
        return Path.of(c);
    }

    /**
     * {@return the value given on the command line, else the env's}
     *
     * @throws InvalidInputException when neither has one
     */
    static String required(String option, String given, Optional<String> fromEnv, Optional<Env> env) {
        if (given != null) return given;
        if (fromEnv.isPresent() && !fromEnv.get().isEmpty()) return fromEnv.get();
        throw new InvalidInputException("missing " + option + ": give it on the command line"
                + env.map(e -> ", or set it in env \"" + e.name() + "\" of the project file").orElse(", or take it from a project file's env with --env NAME"));
    }

    /**
     * {@return an env's desired schema as one source} atlas4j takes one source per side: a file, or a folder of files.
     *
     * @throws InvalidInputException when the env lists several
     */
    static Optional<String> src(Env env) {
        if (env.src().size() > 1) {
            throw new InvalidInputException("env \"" + env.name() + "\" lists " + env.src().size() + " schema sources " + env.src()
                    + ": atlas4j reads one, a file or a folder of files (put the files in one folder and name it)");
        }
        return env.src().stream().findFirst();
    }

    /** {@return the value given on the command line, else the env's, else null} */
    static String optional(String given, Optional<String> fromEnv) {
        return given != null ? given : fromEnv.filter(s -> !s.isEmpty()).orElse(null);
    }
}
