package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.RandomSchemas.Col;
import io.atlas4j.sqlite.RandomSchemas.Tbl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random schema pairs converge on a real database file, and rows inserted before the apply are
 * still there afterwards in every table and column that survives unchanged in type.
 */
class ConvergencePropertyIT {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("atlas4j-sqlite-prop");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) p.toFile().delete();
        }
    }

    @Property(tries = 200)
    void randomPairsConvergeAndKeepRows(@ForAll long seed) throws IOException {
        RandomSchemas gen = new RandomSchemas(seed);
        List<Tbl> a = gen.schema();
        List<Tbl> b = gen.mutate(a);
        Path file = Files.createTempFile(dir, "prop", ".db");
        try (SqliteDb db = SqliteDb.open(file)) {
            db.exec("PRAGMA foreign_keys = ON");
            db.exec("PRAGMA synchronous = OFF");
            db.exec("BEGIN;\n" + RandomSchemas.sql(a) + RandomSchemas.rows(a) + "COMMIT;");
            Schema desired = Atlas.load(RandomSchemas.sql(b), "b.sql", SqliteDb.DIALECT);
            assertThat(SqliteDb.diff(db.inspect(), db.inspect())).isEmpty();
            Plan plan = db.plan(desired, DiffOptions.defaults());
            String sql = plan.sql();
            Statistics.label("plan").collect(plan.isEmpty() ? "empty" : sql.contains("RENAME TO") ? "rebuild"
                    : sql.contains("ALTER TABLE") ? "alter" : "create/drop only");
            db.apply(plan);
            String context = "seed " + seed + "\nA:\n" + RandomSchemas.sql(a) + "B:\n" + RandomSchemas.sql(b) + "plan:\n" + plan.sql();
            assertThat(db.diffTo(desired, DiffOptions.defaults())).as(context).isEmpty();
            for (Tbl tb : b) {
                Tbl ta = a.stream().filter(t -> t.name().equals(tb.name())).findFirst().orElse(null);
                if (ta == null) continue;
                List<String> kept = new ArrayList<>();
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < ta.columns().size(); i++) {
                    Col ca = ta.columns().get(i);
                    Col cb = tb.column(ca.name());
                    if (cb == null || !cb.type().equals(ca.type())) continue;
                    kept.add(ca.name());
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
