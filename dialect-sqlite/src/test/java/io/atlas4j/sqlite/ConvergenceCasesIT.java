package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table-driven convergence: each {@code cases/*.txtar} holds {@code current.sql} and
 * {@code desired.sql}, optionally {@code rows.sql} (inserted before the apply), {@code verify.sql}
 * (queries that must each return 1 afterwards) and {@code options} (rename hints, expect-empty, fill-nulls,
 * and {@code catalog-differs <line>}: a difference from SQLite's catalog that cannot be avoided,
 * explained in the case's preamble). After the apply, atlas4j's differ must find nothing left and
 * SQLite's own catalog ({@link SqliteCatalog}) must match desired.sql loaded natively.
 */
class ConvergenceCasesIT {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        Path root = Paths.get("src/test/resources/cases");
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.toString().endsWith(".txtar")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
    }

    private void run(Path file) {
        Map<String, String> c;
        try {
            c = Txtar.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiffOptions options = DiffOptions.defaults();
        boolean expectEmpty = false;
        PlanOptions planOptions = PlanOptions.defaults();
        List<String> catalogDiffers = new ArrayList<>();
        for (String line : c.getOrDefault("options", "").split("\n")) {
            if (line.startsWith("catalog-differs ")) catalogDiffers.add(line.substring("catalog-differs ".length()).strip());
            String[] w = line.trim().split("\\s+");
            if (w[0].equals("rename-table")) options = options.renameTable(w[1], w[2]);
            if (w[0].equals("rename-column")) options = options.renameColumn(w[1], w[2], w[3]);
            if (w[0].equals("expect-empty")) expectEmpty = true;
            if (w[0].equals("fill-nulls")) planOptions = planOptions.withFillNullsWithDefault(true);
        }
        Path db = dir.resolve(file.getFileName() + ".db");
        List<String> expectedCatalog;
        try (SqliteDb nat = SqliteDb.open(dir.resolve(file.getFileName() + "-desired.db"))) {
            nat.exec(c.get("desired.sql"));
            expectedCatalog = nat.catalog();
        }
        try (SqliteDb target = SqliteDb.open(db)) {
            target.exec("PRAGMA foreign_keys = ON");
            target.exec(c.getOrDefault("current.sql", ""));
            target.exec(c.getOrDefault("rows.sql", ""));
            Schema current = target.inspect();
            assertThat(SqliteDb.diff(current, current)).as("diff(current, current)").isEmpty();
            Schema desired = Atlas.load(c.get("desired.sql"), "desired.sql", SqliteDb.DIALECT);
            assertThat(SqliteDb.diff(desired, desired)).as("diff(desired, desired)").isEmpty();
            Plan plan = target.plan(desired, options, planOptions);
            if (expectEmpty) assertThat(plan.statements()).as("plan").isEmpty();
            else assertThat(plan.statements()).as("plan").isNotEmpty();
            target.apply(plan);
            List<Change> left = target.diffTo(desired, DiffOptions.defaults());
            assertThat(left).as("changes left after applying:\n%s", plan.sql()).isEmpty();
            assertThat(SqliteCatalog.difference(expectedCatalog, target.catalog()))
                    .as("SQLite's catalog vs desired.sql loaded natively, after applying:\n%s", plan.sql())
                    .containsExactlyInAnyOrderElementsOf(catalogDiffers);
            for (String q : c.getOrDefault("verify.sql", "").split("\n")) {
                if (q.isBlank()) continue;
                assertThat(target.rows(q)).as("%s after:\n%s", q, plan.sql()).isEqualTo(List.of(List.of(1)));
            }
            assertThat(target.rows("PRAGMA foreign_keys")).as("foreign_keys restored").isEqualTo(List.of(List.of(1)));
        }
    }
}
