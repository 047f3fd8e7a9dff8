package io.atlas4j.maven;

import io.atlas4j.SourceLoader;
import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.project.AtlasProject;
import io.atlas4j.hcl.project.Env;
import io.atlas4j.plan.lint.LintException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every atlas4j goal shares: {@code skip}, credentials from {@code settings.xml} or the
 * environment, paths relative to the project, JDBC drivers of the plugin's class realm, and
 * failures turned into {@link MojoFailureException}s carrying the library's message with every
 * password masked.
 */
abstract class AbstractAtlasMojo extends AbstractMojo {
    static final String SYNCED = "Schemas are synced, no changes to be made.";
    /** How the goals' parameters are spelled in the source loader's messages. */
    static final SourceLoader.Options SOURCE_OPTIONS = new SourceLoader.Options("devUrl (-Datlas4j.devUrl)", Optional.empty());
    /** Skip this goal. */
    @Parameter(property = "atlas4j.skip", defaultValue = "false")
    boolean skip;

    /**
     * Id of a {@code <server>} in Maven's {@code settings.xml} whose username and password
     * (decrypted when encrypted) go into the goal's server database URLs in place of theirs.
     */
    @Parameter(property = "atlas4j.serverId")
    String serverId;

    /**
     * Name of an environment variable holding the database password (e.g. {@code PGPASSWORD}),
     * used where the URL and the {@code serverId} give none.
     */
    @Parameter(property = "atlas4j.passwordEnv")
    String passwordEnv;

    /**
     * Env of the project file ({@code atlas.hcl}) whose settings ({@code url}, {@code dev}, {@code src},
     * {@code migration { dir, baseline, revisions_schema }}) fill the goal's parameters left unset, as
     * {@code atlas4j --env NAME} does.
     */
    @Parameter(property = "atlas4j.env")
    String env;

    /** Project file read for {@code env} (default: {@code atlas.hcl} in the project's folder). */
    @Parameter(property = "atlas4j.config")
    File config;

    /** Values of the project file's {@code variable} blocks, as {@code --var name=value}. */
    @Parameter
    Map<String, String> vars;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    Settings settings;

    @Inject
    SettingsDecrypter decrypter;

    /** Where relative paths start; absent when a goal runs without a project, which then starts from the current directory. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** The project's compile class path (its classes and dependencies), where {@code jpa://} sources find their entities. */
    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true)
    java.util.List<String> classpathElements;

    private Credentials credentials = Credentials.NONE;
    private Secrets secrets = new Secrets(java.util.List.of());

    /** Fills the parameters left unset from the project file's env; called before {@link #run()}. */
    void fromEnv(Env env) {
    }

    /** {@return the value given, else the env's} */
    static String orEnv(String given, Optional<String> fromEnv) {
        return given != null ? given : fromEnv.filter(v -> !v.isEmpty()).orElse(null);
    }

    /** {@return the env's desired schema as one source: atlas4j reads one, a file or a folder of files} */
    static Optional<String> src(Env env) {
        if (env.src().size() > 1) {
            throw new InvalidInputException("env \"" + env.name() + "\" lists " + env.src().size() + " schema sources " + env.src()
                    + ": atlas4j reads one, a file or a folder of files (put the files in one folder and name it)");
        }
        return env.src().stream().findFirst();
    }

    /** {@return the parameter's value} @throws MojoFailureException naming the parameter, its property and the env alternative */
    static String required(String name, String value) throws MojoFailureException {
        if (value != null && !value.isBlank()) return value;
        throw new MojoFailureException("missing parameter " + name + ": set <" + name + "> in the plugin's configuration or -Datlas4j."
                + name + ", or take it from an env of atlas.hcl with -Datlas4j.env=NAME");
    }

    private Optional<Env> projectEnv() throws MojoFailureException {
        if (env == null || env.isBlank()) return Optional.empty();
        Path file = config != null ? config.toPath() : (basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath()).resolve("atlas.hcl");
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("atlas4j.env " + env + " needs a project file, and \"" + file + "\" does not exist: create it,"
                    + " or name it with <config> (-Datlas4j.config=path/to/atlas.hcl)");
        }
        return Optional.of(AtlasProject.load(file, vars == null ? Map.of() : vars).env(env));
    }

    /** {@return the goal's name, for messages} */
    abstract String goal();

    /** The goal's work; library exceptions propagate and are turned into build failures by {@link #execute()}. */
    abstract void run() throws MojoFailureException, MojoExecutionException;

    /** {@return the URLs the goal was given, whose passwords must never appear in the output} */
    abstract String[] urls();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping atlas4j " + goal() + " (atlas4j.skip)");
            return;
        }
        try {
            projectEnv().ifPresent(this::fromEnv);
        } catch (AtlasException e) {
            throw failure(e);
        }
        credentials = serverCredentials().or(environmentPassword());
        secrets = Secrets.of(credentials, urls());
        registerDrivers();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader projectClasses = projectClassLoader()) {
            // Sources that read the project's classes (jpa://) look on the context class loader, as at application start-up.
            thread.setContextClassLoader(projectClasses);
            run();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot close the project's class loader: " + e.getMessage(), e);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (AtlasException e) {
            throw failure(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // Bad input the library reports with the JDK's exceptions (e.g. an unreadable file): its message is the report.
            debugTrace(e);
            throw new MojoFailureException(mask(oneLine(e.getMessage() == null ? e.toString() : e.getMessage())));
        } catch (RuntimeException e) {
            debugTrace(e);
            throw new MojoExecutionException("atlas4j " + goal() + " failed: " + mask(oneLine(e.toString())));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@return the project's compile class path over the plugin's own classes (so both see one Hibernate and one JPA API)} */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        java.util.List<URL> urls = new java.util.ArrayList<>();
        for (String element : classpathElements == null ? java.util.List.<String>of() : classpathElements) {
            try {
                urls.add(Path.of(element).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("class path element " + element + " is not a valid location: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), AbstractAtlasMojo.class.getClassLoader());
    }

    /**
     * {@return the library's failure as Maven reports it: its message on one line (lint findings keep
     * theirs, one per line), masked, with the parameter that lets a refused change through}
     */
    MojoFailureException failure(AtlasException e) {
        debugTrace(e);
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        message = e instanceof LintException ? message.strip() : oneLine(message);
        if (e.errorCode() == AtlasErrorCode.DESTRUCTIVE_CHANGE) message += " with allowDestructive (-Datlas4j.allowDestructive=true)";
        return new MojoFailureException(mask(message));
    }

    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** {@return the text with every password of this goal's URLs and credentials masked} */
    String mask(String text) {
        return secrets.mask(text);
    }

    /** {@return a database URL with the goal's credentials put in, relative SQLite paths made absolute} */
    String database(String url) {
        return credentials.applyTo(locations().database(url));
    }

    /**
     * {@return a database URL to write to, as {@link #database}; the folder of a new SQLite file is
     * created first (such as the project's {@code target/}), so it need not exist before the build}
     */
    String writableDatabase(String url) throws MojoExecutionException {
        String u = database(url);
        Optional<Path> file = Locations.sqliteFile(u);
        if (file.isPresent() && file.get().getParent() != null && !Files.isDirectory(file.get().getParent())) {
            try {
                Files.createDirectories(file.get().getParent());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot create the folder of " + file.get() + ": " + e.getMessage(), e);
            }
        }
        return u;
    }

    /** {@return a schema source with the goal's credentials put in (database URLs), relative paths made absolute} */
    String source(String raw) {
        return credentials.applyTo(locations().source(raw));
    }

    Locations locations() {
        return new Locations(basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath());
    }

    /** Logs text line by line at INFO, or writes it to {@code output} when one is given. */
    void print(String text, File output) throws MojoExecutionException {
        if (output != null) {
            Path p = output.toPath();
            try {
                if (p.getParent() != null) Files.createDirectories(p.getParent());
                Files.writeString(p, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + p + ": " + e.getMessage(), e);
            }
            getLog().info("Wrote " + p);
            return;
        }
        text.lines().forEach(line -> getLog().info(mask(line)));
    }

    private Credentials serverCredentials() throws MojoExecutionException {
        if (serverId == null || serverId.isBlank()) return Credentials.NONE;
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("no <server> with id \"" + serverId + "\" in Maven's settings.xml (atlas4j.serverId):"
                    + " add one with the database's username and password");
        }
        if (decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem p : result.getProblems()) {
                if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("cannot decrypt the password of server \"" + serverId + "\": " + p.getMessage());
                }
            }
            if (result.getServer() != null) server = result.getServer();
        }
        return new Credentials(Optional.ofNullable(server.getUsername()), Optional.ofNullable(server.getPassword()));
    }

    private Credentials environmentPassword() throws MojoExecutionException {
        if (passwordEnv == null || passwordEnv.isBlank()) return Credentials.NONE;
        String value = System.getenv(passwordEnv);
        if (value == null) {
            throw new MojoExecutionException("environment variable " + passwordEnv + " (atlas4j.passwordEnv) is not set");
        }
        return new Credentials(Optional.empty(), Optional.of(value));
    }

    /**
     * Loads the JDBC drivers of the plugin's class realm, so {@code DriverManager} knows them even
     * when it was first used by another realm of the build (it scans for drivers only once).
     */
    private void registerDrivers() {
        Iterator<Driver> it = ServiceLoader.load(Driver.class, AbstractAtlasMojo.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) return;
                Driver d = it.next();
                getLog().debug("JDBC driver " + d.getClass().getName());
            } catch (ServiceConfigurationError e) {
                getLog().debug("skipping a JDBC driver that cannot load: " + e.getMessage());
            }
        }
    }

    private void debugTrace(Exception e) {
        if (!getLog().isDebugEnabled()) return;
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        getLog().debug(mask(trace.toString()));
    }
}
