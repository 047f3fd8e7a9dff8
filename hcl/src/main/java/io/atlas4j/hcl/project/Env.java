package io.atlas4j.hcl.project;

import io.atlas4j.Policy;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameIndex;
import io.atlas4j.change.RenameTable;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One {@code env} block of a project file, evaluated: variables, locals and {@code getenv} calls are resolved, and
 * relative {@code file://} paths of {@code src} and {@code migration.dir} point into the project file's folder.
 * Absent settings are empty, so a command line fills them from its own flags first.
 *
 * @param name      the env's name ({@code --env NAME})
 * @param url       the database the env manages
 * @param dev       the dev database
 * @param src       the desired schema sources ({@code file://...} URLs or database URLs), in order
 * @param schemas   the schemas the env manages (empty: the URL's)
 * @param exclude   glob patterns of objects to leave out
 * @param migration the {@code migration} block
 * @param diff      the {@code diff} block
 * @param lint      the {@code lint} block
 */
public record Env(String name, Optional<String> url, Optional<String> dev, List<String> src, List<String> schemas,
                  List<String> exclude, Migration migration, DiffPolicy diff, LintPolicy lint) {
    public Env {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(dev, "dev");
        src = List.copyOf(src);
        schemas = List.copyOf(schemas);
        exclude = List.copyOf(exclude);
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(lint, "lint");
    }

    /**
     * The {@code migration} block.
     *
     * @param dir             the directory as a {@code file://} URL
     * @param format          {@code atlas}, {@code flyway}, {@code golang-migrate}, {@code goose}, {@code dbmate}, {@code liquibase}
     * @param baseline        the version to record as applied on a database with no revisions
     * @param revisionsSchema the schema the revision table is kept in
     * @param lockTimeout     how long to wait for the schema lock, as Atlas spells durations ({@code 10s})
     */
    public record Migration(Optional<String> dir, Optional<String> format, Optional<String> baseline,
                            Optional<String> revisionsSchema, Optional<String> lockTimeout) {
        public Migration {
            Objects.requireNonNull(dir, "dir");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(revisionsSchema, "revisionsSchema");
            Objects.requireNonNull(lockTimeout, "lockTimeout");
        }

        static final Migration NONE = new Migration(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * The {@code diff} block.
     *
     * @param skip             the change kinds never planned, as Atlas names them ({@code drop_table}, {@code modify_column})
     * @param concurrentCreate {@code concurrent_index { create = true }} (also spelled {@code add})
     * @param concurrentDrop   {@code concurrent_index { drop = true }}
     */
    public record DiffPolicy(Set<String> skip, boolean concurrentCreate, boolean concurrentDrop) {
        private static final Map<String, Class<? extends Edit>> KINDS = Map.ofEntries(
                Map.entry("add_schema", AddSchema.class), Map.entry("drop_schema", DropSchema.class),
                Map.entry("modify_schema", ModifySchema.class), Map.entry("add_table", AddTable.class),
                Map.entry("drop_table", DropTable.class), Map.entry("modify_table", ModifyTable.class),
                Map.entry("rename_table", RenameTable.class), Map.entry("add_column", AddColumn.class),
                Map.entry("drop_column", DropColumn.class), Map.entry("modify_column", ModifyColumn.class),
                Map.entry("rename_column", RenameColumn.class), Map.entry("add_index", AddIndex.class),
                Map.entry("drop_index", DropIndex.class), Map.entry("modify_index", ModifyIndex.class),
                Map.entry("rename_index", RenameIndex.class), Map.entry("add_foreign_key", AddForeignKey.class),
                Map.entry("drop_foreign_key", DropForeignKey.class), Map.entry("modify_foreign_key", ModifyForeignKey.class),
                Map.entry("add_check", AddCheck.class), Map.entry("drop_check", DropCheck.class),
                Map.entry("modify_check", ModifyCheck.class), Map.entry("add_view", AddView.class),
                Map.entry("drop_view", DropView.class), Map.entry("modify_view", ModifyView.class));

        public DiffPolicy {
            skip = Set.copyOf(new TreeSet<>(skip));
            for (String s : skip) {
                if (!KINDS.containsKey(s)) {
                    throw new IllegalArgumentException("unknown change kind to skip: " + s + " (known: " + new TreeSet<>(KINDS.keySet()) + ")");
                }
            }
        }

        static final DiffPolicy NONE = new DiffPolicy(Set.of(), false, false);

        /** {@return {@code base} with this block's skipped change kinds and concurrent index setting added} */
        @SuppressWarnings("unchecked")
        public Policy apply(Policy base) {
            Policy p = base;
            if (!skip.isEmpty()) {
                p = p.skip(skip.stream().map(KINDS::get).toArray(Class[]::new));
            }
            return concurrentCreate || concurrentDrop ? p.concurrentIndexes(true) : p;
        }
    }

    /**
     * The {@code lint} block: for each analyzer configured ({@code destructive}, {@code data_depend},
     * {@code incompatible}), whether its findings are errors.
     */
    public record LintPolicy(Map<String, Boolean> errors) {
        /** The analyzer code families atlas4j's lint uses for Atlas's analyzer names. */
        private static final Map<String, String> CODES = Map.of("destructive", "DS", "data_depend", "MF",
                "incompatible", "BC");

        public LintPolicy {
            errors = Map.copyOf(new TreeMap<>(errors));
        }

        static final LintPolicy NONE = new LintPolicy(Map.of());

        /** {@return whether {@code lint { destructive { error = ... } }} was set, and to what} */
        public Optional<Boolean> destructiveError() {
            return Optional.ofNullable(errors.get("destructive"));
        }

        /** {@return {@code base} with each configured analyzer's findings raised to errors or lowered to warnings} */
        public LintConfig apply(LintConfig base) {
            LintConfig out = base;
            for (Map.Entry<String, Boolean> e : errors.entrySet()) {
                String code = CODES.get(e.getKey());
                if (code != null) {
                    out = out.severity(code, e.getValue() ? Severity.ERROR : Severity.WARNING);
                }
            }
            return out;
        }
    }
}
