package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.RandomSchemas.Col;
import io.atlas4j.sqlite.RandomSchemas.Tbl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.security.SecureRandom;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random schema pairs converge on a real database file, and rows inserted before the apply are
 * still there afterwards in every table and column that survives unchanged in type, renamed ones
 * (told to the differ as rename hints) included; SQLite's own catalog then matches the desired
 * schema loaded natively. Each pair comes from one seed: a failure prints it, and
 * {@code -Datlas4j.seed=N} replays that pair alone ({@code -Datlas4j.tries=N} sets how many pairs run).
 */
class ConvergencePropertyIT {
    private static final String SEED = "atlas4j.seed";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> randomPairsConvergeAndKeepRows() {
        String replay = System.getProperty(SEED);
        if (replay != null && !replay.isBlank()) {
            long seed = Long.parseLong(replay.strip());
            return Stream.of(DynamicTest.dynamicTest("seed " + seed, () -> pair(seed)));
        }
        int tries = Integer.getInteger("atlas4j.tries", 200);
        long master = new SecureRandom().nextLong();
        Random seeds = new Random(master);
        return Stream.generate(seeds::nextLong).limit(tries).map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            try {
                pair(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("random pair failed: replay with -D" + SEED + "=" + seed + "\n" + e.getMessage(), e);
            }
        }));
    }

    private void pair(long seed) throws IOException {
        RandomSchemas gen = new RandomSchemas(seed);
        List<Tbl> a = gen.schema();
        List<Tbl> b = gen.mutate(a);
        List<String> expectedCatalog;
        try (SqliteDb nat = SqliteDb.open(dir.resolve("b-" + seed + ".db"))) {
            nat.exec(RandomSchemas.sql(b));
            expectedCatalog = nat.catalog();
        }
        Path file = dir.resolve("a-" + seed + ".db");
        try (SqliteDb db = SqliteDb.open(file)) {
            db.exec("PRAGMA foreign_keys = ON");
            db.exec("PRAGMA synchronous = OFF");
            db.exec("BEGIN;\n" + RandomSchemas.sql(a) + RandomSchemas.rows(a) + "COMMIT;");
            Schema desired = Atlas.load(RandomSchemas.sql(b), "b.sql", SqliteDb.DIALECT);
            assertThat(SqliteDb.diff(db.inspect(), db.inspect())).isEmpty();
            DiffOptions hints = DiffOptions.defaults();
            for (var e : gen.tableRenames.entrySet()) hints = hints.renameTable(e.getValue(), e.getKey());
            for (var t : gen.columnRenames.entrySet()) {
                for (var e : t.getValue().entrySet()) hints = hints.renameColumn(t.getKey(), e.getValue(), e.getKey());
            }
            Plan plan = db.plan(desired, hints);
            db.apply(plan);
            String context = "replay with -D" + SEED + "=" + seed + "\nA:\n" + RandomSchemas.sql(a) + "B:\n" + RandomSchemas.sql(b) + "plan:\n" + plan.sql();
            assertThat(db.diffTo(desired, DiffOptions.defaults())).as(context).isEmpty();
            assertThat(SqliteCatalog.difference(expectedCatalog, db.catalog())).as("SQLite's catalog vs B loaded natively\n%s", context)
                    .isEmpty();
            for (Tbl tb : b) {
                String from = gen.tableRenames.getOrDefault(tb.name(), tb.name());
                var cols = gen.columnRenames.getOrDefault(tb.name(), java.util.Map.of());
                Tbl ta = a.stream().filter(t -> t.name().equals(from)).findFirst().orElse(null);
                if (ta == null) continue;
                List<String> kept = new ArrayList<>();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < ta.columns().size(); i++) {
                    Col ca = ta.columns().get(i);
                    Col cb = tb.column(ca.name());
                    for (var e : cols.entrySet()) if (e.getValue().equals(ca.name())) cb = tb.column(e.getKey());
                    if (cb == null || !cb.type().equals(ca.type())) continue;
                    kept.add(cb.name());
                    expected.add(i + "");
                }
                List<List<Object>> rows = db.rows("SELECT " + String.join(", ", kept.stream().map(c -> "quote(" + c + ")").toList())
                        + " FROM " + tb.name() + " ORDER BY id");
                assertThat(rows).as("rows of %s\n%s", tb.name(), context).hasSize(3);
                for (int r = 0; r < 3; r++) {
                    for (int k = 0; k < kept.size(); k++) {
                        int index = Integer.parseInt(expected.get(k));
                        Col ca = ta.columns().get(index);
                        String want = quoted(RandomSchemas.value(ca, r + 1, index));
                        assertThat(String.valueOf(rows.get(r).get(k))).as("%s.%s row %d\n%s", tb.name(), ca.name(), r + 1, context)
                                .isEqualTo(want);
                    }
                }
            }
        }
    }

    /** The SQL literal quote() returns for a value inserted as {@code literal} into its column. */
    private static String quoted(String literal) {
        if (literal.startsWith("X'")) return literal.toUpperCase(java.util.Locale.ROOT);
        return literal;
    }
}
