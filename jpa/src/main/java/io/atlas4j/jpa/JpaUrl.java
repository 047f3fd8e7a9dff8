package io.atlas4j.jpa;

import io.atlas4j.error.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JPA schema source as a URL, for the command line and build tools:
 * {@code jpa://com.example.model?classpath=target/classes:lib/*} (the entities of a package and its
 * subpackages; several packages separated by commas), or
 * {@code jpa://?unit=shop&classpath=target/classes} (a persistence unit of
 * {@code META-INF/persistence.xml}). Class path entries are separated by the platform's path
 * separator ({@code :}, {@code ;} on Windows), resolve against the working directory, and
 * {@code dir/*} stands for the jars of {@code dir}, as with {@code java -cp}. Parameters named
 * {@code hibernate.*} or {@code jakarta.persistence.*} are settings of the schema export, such as
 * {@code hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy}
 * (values URL-encoded).
 *
 * @param packages   the packages to scan; empty with a persistence unit
 * @param unit       the persistence unit, when one is named
 * @param classPath  folders and jars holding the entities (and what they need)
 * @param properties Hibernate settings for the export, by name
 */
public record JpaUrl(List<String> packages, Optional<String> unit, List<Path> classPath, Map<String, String> properties) {
    /** The URL scheme, with its slashes. */
    public static final String PREFIX = "jpa://";

    public JpaUrl {
        packages = List.copyOf(packages);
        Objects.requireNonNull(unit, "unit");
        classPath = List.copyOf(classPath);
        properties = Map.copyOf(properties);
    }

    /** A URL without export settings. */
    public JpaUrl(List<String> packages, Optional<String> unit, List<Path> classPath) {
        this(packages, unit, classPath, Map.of());
    }

    /** {@return whether {@code source} is a {@code jpa://} URL} */
    public static boolean isJpa(String source) {
        return source.startsWith(PREFIX);
    }

    /**
     * Parses a {@code jpa://} URL.
     *
     * @throws InvalidInputException naming the part that is wrong and the form that works
     */
    public static JpaUrl parse(String url) {
        if (!isJpa(url)) throw new InvalidInputException("\"" + url + "\" is not a jpa:// URL: use " + PREFIX + "com.example.model?classpath=target/classes");
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        String host = q < 0 ? rest : rest.substring(0, q);
        Map<String, String> query = query(url, q < 0 ? "" : rest.substring(q + 1));
        List<String> packages = host.isEmpty() ? List.of() : Arrays.stream(host.split(",")).map(String::strip).toList();
        for (String p : packages) {
            if (!p.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*")) {
                throw new InvalidInputException("\"" + p + "\" in \"" + url + "\" is not a Java package name: use " + PREFIX + "com.example.model?classpath=...");
            }
        }
        Optional<String> unit = Optional.ofNullable(query.remove("unit"));
        if (unit.isPresent() == !packages.isEmpty()) {
            throw new InvalidInputException("\"" + url + "\" must name either a package (" + PREFIX + "com.example.model) or a persistence unit ("
                    + PREFIX + "?unit=NAME), not " + (unit.isPresent() ? "both" : "neither"));
        }
        List<Path> classPath = classPath(Optional.ofNullable(query.remove("classpath")).orElse(""));
        Map<String, String> properties = new LinkedHashMap<>();
        query.entrySet().removeIf(e -> (e.getKey().startsWith("hibernate.") || e.getKey().startsWith("jakarta.persistence."))
                && properties.put(e.getKey(), e.getValue()) == null);
        if (!query.isEmpty()) {
            throw new InvalidInputException("unknown parameter(s) " + query.keySet() + " in \"" + url + "\": the known ones are classpath,"
                    + " unit and Hibernate settings (hibernate.*, jakarta.persistence.*)");
        }
        return new JpaUrl(packages, unit, classPath, properties);
    }

    /** {@return the model this URL names, with its class path in front of {@code parent} (the loader that has Hibernate)} */
    public JpaModel model(ClassLoader parent) {
        JpaModel m = unit.map(u -> JpaModel.fromPersistenceUnit(parent, u))
                .orElseGet(() -> JpaModel.fromPackages(parent, packages.toArray(String[]::new)));
        for (Map.Entry<String, String> p : properties.entrySet()) m = m.withProperty(p.getKey(), p.getValue());
        return classPath.isEmpty() ? m : m.withClassPath(classPath);
    }

    private static Map<String, String> query(String url, String q) {
        Map<String, String> out = new LinkedHashMap<>();
        if (q.isEmpty()) return out;
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new InvalidInputException("parameter \"" + pair + "\" in \"" + url + "\" has no value: write name=value");
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<Path> classPath(String value) {
        List<Path> out = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isBlank()) continue;
            if (entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
                Path dir = Path.of(entry.substring(0, entry.length() - 2));
                if (!Files.isDirectory(dir)) throw new InvalidInputException("class path entry \"" + entry + "\": \"" + dir + "\" is not a folder");
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                Path p = Path.of(entry);
                if (!Files.exists(p)) {
                    throw new InvalidInputException("class path entry \"" + entry + "\" does not exist: give folders of compiled classes"
                            + " (target/classes) or jars, separated by \"" + File.pathSeparator + "\"");
                }
                out.add(p);
            }
        }
        return out;
    }
}
