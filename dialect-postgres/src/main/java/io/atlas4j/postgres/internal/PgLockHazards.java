package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddIndex;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.Statement;
import io.atlas4j.plan.lint.Analyzer;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.LockHazards;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.plan.lint.TableEdits;
import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Changes that hold a blocking lock on a busy PostgreSQL table for long:
 * <ul>
 * <li>LK101 index built without {@code CONCURRENTLY}: writes block for the whole build;</li>
 * <li>LK102 type change that rewrites the table (varchar growth, varchar to text and binary changes do not);</li>
 * <li>LK103 column added with a volatile default: every row is rewritten;</li>
 * <li>LK104 {@code SET NOT NULL}: a full scan under an exclusive lock;</li>
 * <li>LK105 foreign key or check added to an existing table: every row is validated under lock.</li>
 * </ul>
 */
public final class PgLockHazards implements Analyzer {
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|statement_timestamp|nextval)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "lock-hazard";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext ctx) {
        List<Diagnostic> out = new ArrayList<>();
        for (TableEdits e : TableEdits.of(changes)) {
            TableChange tc = e.change();
            String table = e.table().to().name();
            if ((tc instanceof AddIndex || tc instanceof ModifyIndex) && !concurrent(tc, ctx)) {
                out.add(Diagnostic.of("LK101", Severity.WARNING, table, "builds an index on \"" + table
                        + "\" without CONCURRENTLY: writes to the table block until it is built (plan with concurrent indexes)", tc));
            }
            LockHazards.typeChange(e, PgLockHazards::rewrites, "").ifPresent(out::add);
            LockHazards.volatileDefault(e, VOLATILE).ifPresent(out::add);
            if (tc instanceof ModifyColumn m && m.aspects().contains(ColumnAspect.NULLABILITY) && m.from().nullable() && !m.to().nullable()) {
                out.add(Diagnostic.of("LK104", Severity.WARNING, e.object(m.to().name()), "SET NOT NULL on \"" + m.to().name()
                        + "\" scans all of \"" + table + "\" under an exclusive lock (a validated CHECK (… IS NOT NULL) avoids it)", tc));
            }
            LockHazards.validation(e, " (add it NOT VALID, then VALIDATE separately)").ifPresent(out::add);
        }
        return out;
    }

    /** Whether the plan builds this index concurrently: the plan's statement for it says so, or the options ask for it. */
    private static boolean concurrent(TableChange tc, LintContext ctx) {
        if (ctx.plan().isPresent()) {
            for (Statement s : ctx.plan().get().statements()) {
                if ((s.source() == tc || s.source().equals(tc)) && s.sql().toUpperCase(Locale.ROOT).contains("CONCURRENTLY")) return true;
            }
        }
        return ctx.planOptions().concurrentIndexes();
    }

    /** PostgreSQL keeps the table for varchar growth, for varchar to text and for binary changes. */
    private static boolean rewrites(ModifyColumn m) {
        if (m.from().type() instanceof StringType f && m.to().type() instanceof StringType t) {
            boolean sameName = f.name().equalsIgnoreCase(t.name());
            boolean grows = t.size().isEmpty() ? f.size().isPresent() || sameName : f.size().isPresent() && t.size().getAsInt() >= f.size().getAsInt();
            String tn = t.name().toLowerCase(Locale.ROOT);
            if (tn.equals("text") && !f.name().equalsIgnoreCase("char") && !f.name().equalsIgnoreCase("character")) return false;
            return !(grows && sameName);
        }
        return !(m.from().type() instanceof BinaryType && m.to().type() instanceof BinaryType);
    }
}
