package io.atlas4j.sqlite;

import io.atlas4j.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sqldef (sqlite3) and Atlas (sqlite) conformance cases of {@code ../shared/conformance} as one
 * convergence suite: load current natively, plan and apply toward desired, then the database must
 * match desired loaded natively, both to atlas4j's differ and in SQLite's own catalog
 * ({@link SqliteCatalog}), and a second plan must be empty. Cases that do not converge yet are
 * listed with their reason in {@code conformance-known-failures.txt}; any other failure fails the
 * build, and so does a listed case that starts to pass (so the list stays honest).
 */
class ConformanceIT {
    private static final AtomicInteger TOTAL = new AtomicInteger();
    private static final AtomicInteger CONVERGED = new AtomicInteger();
    private static final List<String> FAILED = new ArrayList<>();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> conformance() throws IOException {
        Path root = SharedData.folder("conformance");
        Map<String, Path> cases = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(root.resolve("sqldef/sqlite3"))) {
            s.filter(Files::isDirectory).sorted().forEach(p -> cases.put("sqldef/" + p.getFileName(), p));
        }
        try (Stream<Path> s = Files.walk(root.resolve("atlas/sqlite"))) {
            s.filter(p -> p.getFileName().toString().startsWith("step_")).sorted()
                    .forEach(p -> cases.put("atlas/" + p.getParent().getFileName() + "/" + p.getFileName(), p));
        }
        assertThat(cases).hasSizeGreaterThan(70);
        Map<String, String> known = knownFailures();
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String failure = run(e.getKey(), e.getValue());
            TOTAL.incrementAndGet();
            if (failure == null) {
                CONVERGED.incrementAndGet();
                if (known.containsKey(e.getKey())) fail(e.getKey() + " converges now: remove it from conformance-known-failures.txt");
            } else {
                synchronized (FAILED) {
                    FAILED.add(e.getKey() + ": " + failure);
                }
                if (!known.containsKey(e.getKey())) fail(e.getKey() + " does not converge: " + failure);
            }
        }));
    }

    @AfterAll
    static void report() {
        System.out.printf("conformance (sqlite): %d of %d cases converge (%.1f%%)%n", CONVERGED.get(), TOTAL.get(),
                TOTAL.get() == 0 ? 0.0 : 100.0 * CONVERGED.get() / TOTAL.get());
        FAILED.forEach(f -> System.out.println("  not converged: " + f));
    }

    /** {@return null when the case converges, else why not} */
    private String run(String id, Path dir0) {
        String current = read(dir0.resolve("current.sql"));
        String desiredSql = read(dir0.resolve("desired.sql"));
        Path base = dir.resolve(id.replace('/', '_'));
        Schema expected;
        List<String> expectedCatalog;
        try (SqliteDb nat = SqliteDb.open(Path.of(base + "-desired.db"))) {
            nat.exec(desiredSql);
            expected = nat.inspect();
            expectedCatalog = nat.catalog();
        } catch (RuntimeException e) {
            return "desired.sql does not load natively: " + e.getMessage();
        }
        try (SqliteDb db = SqliteDb.open(Path.of(base + "-current.db"))) {
            try {
                db.exec(current);
            } catch (RuntimeException e) {
                return "current.sql does not load natively: " + e.getMessage();
            }
            Schema desired = Atlas.load(desiredSql, "desired.sql", SqliteDb.DIALECT);
            if (!SqliteDb.diff(desired, desired).isEmpty()) return "diff(desired, desired) not empty";
            Plan plan;
            try {
                plan = db.plan(desired, DiffOptions.defaults());
                db.apply(plan);
            } catch (RuntimeException e) {
                return "plan/apply failed: " + e.getMessage();
            }
            List<Change> left = SqliteDb.diff(db.inspect(), expected);
            if (!left.isEmpty()) return "differs from desired after apply: " + left + "\nplan:\n" + plan.sql();
            List<String> catalog = SqliteCatalog.difference(expectedCatalog, db.catalog());
            if (!catalog.isEmpty()) return "SQLite's catalog differs from desired.sql loaded natively: " + catalog + "\nplan:\n" + plan.sql();
            if (!db.plan(desired, DiffOptions.defaults()).isEmpty()) return "second plan not empty";
            return null;
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path f = Paths.get("src/test/resources/conformance-known-failures.txt");
        if (!Files.exists(f)) return out;
        for (String line : Files.readAllLines(f)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int sp = l.indexOf(' ');
            out.put(sp < 0 ? l : l.substring(0, sp), sp < 0 ? "" : l.substring(sp + 1).strip());
        }
        return out;
    }
}
