package io.atlas4j.migrate.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One conformance case of {@code shared/conformance}: the SQL a database starts from (empty when
 * the case has none) and the SQL it should end at.
 *
 * @param id      the case's folder relative to the conformance root ({@code sqldef/postgres/AddColumn})
 * @param current the current SQL, {@code ""} when absent
 * @param desired the desired SQL
 * @param meta    the case's {@code meta.json}, {@code ""} when absent
 */
record AgreementCase(String id, String current, String desired, String meta) {

    /** {@return sqldef's sqlite3 cases and Atlas's sqlite steps} */
    static List<AgreementCase> sqlite(Path root) {
        List<AgreementCase> out = new ArrayList<>();
        folders(root, root.resolve("sqldef/sqlite3"), 1).forEach(p -> out.add(read(root, p, "current.sql", "desired.sql", UnaryOperator.identity())));
        steps(root, root.resolve("atlas/sqlite")).forEach(p -> out.add(read(root, p, "current.sql", "desired.sql", UnaryOperator.identity())));
        return out;
    }

    /** {@return sqldef's postgres cases, migra's fixtures, pgschema's diff cases and Atlas's postgres steps} */
    static List<AgreementCase> postgres(Path root) {
        List<AgreementCase> out = new ArrayList<>();
        folders(root, root.resolve("sqldef/postgres"), 1).forEach(p -> out.add(read(root, p, "current.sql", "desired.sql", UnaryOperator.identity())));
        folders(root, root.resolve("migra"), 1).filter(p -> Files.exists(p.resolve("b.sql")))
                .forEach(p -> out.add(read(root, p, "a.sql", "b.sql", UnaryOperator.identity())));
        folders(root, root.resolve("pgschema"), 2).filter(p -> Files.exists(p.resolve("new.sql")))
                .forEach(p -> out.add(read(root, p, "old.sql", "new.sql", UnaryOperator.identity())));
        steps(root, root.resolve("atlas/postgres")).forEach(p -> out.add(read(root, p, "current.sql", "desired.sql", UnaryOperator.identity())));
        return out;
    }

    /**
     * {@return sqldef's mysql cases and Atlas's mysql steps} Atlas keeps per-server states; the
     * MariaDB one ({@code .maria107.sql}) is preferred. sqldef qualifies some names with its test
     * database, {@code mysqldef_test}; the qualifier is removed so the SQL loads into any database.
     */
    static List<AgreementCase> mysql(Path root) {
        UnaryOperator<String> unqualify = sql -> sql.replace("`mysqldef_test`.", "").replace("mysqldef_test.", "");
        List<AgreementCase> out = new ArrayList<>();
        folders(root, root.resolve("sqldef/mysql"), 1).forEach(p -> out.add(read(root, p, "current.sql", "desired.sql", unqualify)));
        steps(root, root.resolve("atlas/mysql")).forEach(p -> out.add(read(root, p, "current.sql", "desired.sql", unqualify)));
        return out;
    }

    private static Stream<Path> folders(Path root, Path dir, int depth) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(p -> !p.equals(dir) && Files.isDirectory(p) && root.relativize(p).getNameCount() == root.relativize(dir).getNameCount() + depth)
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> steps(Path root, Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("step_") && Files.isDirectory(p)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AgreementCase read(Path root, Path dir, String current, String desired, UnaryOperator<String> fix) {
        return new AgreementCase(root.relativize(dir).toString().replace('\\', '/'), fix.apply(text(dir, current)),
                fix.apply(text(dir, desired)), text(dir, "meta.json"));
    }

    /** {@return the file's text, preferring its MariaDB variant ({@code name.maria107.sql}); "" when absent} */
    private static String text(Path dir, String name) {
        String variant = name.endsWith(".sql") ? name.substring(0, name.length() - 4) + ".maria107.sql" : name;
        for (String n : List.of(variant, name)) {
            Path p = dir.resolve(n);
            if (!Files.exists(p)) continue;
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "";
    }
}
