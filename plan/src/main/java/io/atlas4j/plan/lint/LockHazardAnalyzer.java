package io.atlas4j.plan.lint;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.type.BinaryType;
import io.atlas4j.schema.type.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Changes that hold a blocking lock on a busy table for long, per dialect:
 * <ul>
 * <li>LK101 index built without {@code CONCURRENTLY} (PostgreSQL): writes block for the whole build;</li>
 * <li>LK102 type change that rewrites the table (PostgreSQL, MySQL/MariaDB; every column change on
 *     SQLite copies the table);</li>
 * <li>LK103 column added with a volatile default (PostgreSQL, MySQL/MariaDB): every row is rewritten;</li>
 * <li>LK104 {@code SET NOT NULL} (PostgreSQL): a full scan under an exclusive lock;</li>
 * <li>LK105 foreign key or check added to an existing table (PostgreSQL, MySQL/MariaDB): every row is
 *     validated under lock.</li>
 * </ul>
 */
public final class LockHazardAnalyzer implements Analyzer {
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|statement_timestamp|nextval|rand|uuid|uuid_short|sysdate)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "lock-hazard";
    }

    @Override
    public List<Diagnostic> analyze(List<Change> changes, LintContext ctx) {
        boolean pg = ctx.isDialect("postgres", "postgresql");
        boolean my = ctx.isDialect("mysql", "mariadb");
        boolean lite = ctx.isDialect("sqlite");
        List<Diagnostic> out = new ArrayList<>();
        for (TableEdits e : TableEdits.of(changes)) {
            TableChange tc = e.change();
            String table = e.table().to().name();
            if (pg && (tc instanceof AddIndex || tc instanceof ModifyIndex) && !concurrent(tc, ctx)) {
                out.add(Diagnostic.of("LK101", Severity.WARNING, table, "builds an index on \"" + table
                        + "\" without CONCURRENTLY: writes to the table block until it is built (plan with concurrent indexes)", tc));
            }
            if (tc instanceof ModifyColumn m && m.aspects().contains(ColumnAspect.TYPE) && (lite || ((pg || my) && rewrites(m, pg)))) {
                out.add(Diagnostic.of("LK102", Severity.WARNING, e.object(m.to().name()), "changing the type of \"" + m.to().name()
                        + "\" rewrites " + (lite ? "(copies) " : "") + "table \"" + table + "\" under an exclusive lock", tc));
            }
            if ((pg || my) && tc instanceof AddColumn a && volatileDefault(a.column().defaultValue())) {
                out.add(Diagnostic.of("LK103", Severity.WARNING, e.object(a.column().name()), "adds \"" + a.column().name()
                        + "\" with volatile default " + a.column().defaultValue().get().sql() + ": every row of \"" + table
                        + "\" is rewritten under an exclusive lock", tc));
            }
            if (pg && tc instanceof ModifyColumn m && m.aspects().contains(ColumnAspect.NULLABILITY) && m.from().nullable() && !m.to().nullable()) {
                out.add(Diagnostic.of("LK104", Severity.WARNING, e.object(m.to().name()), "SET NOT NULL on \"" + m.to().name()
                        + "\" scans all of \"" + table + "\" under an exclusive lock (a validated CHECK (… IS NOT NULL) avoids it)", tc));
            }
            if ((pg || my) && (tc instanceof AddForeignKey || tc instanceof AddCheck)) {
                String what = tc instanceof AddForeignKey ? "foreign key" : "check";
                out.add(Diagnostic.of("LK105", Severity.WARNING, table, "adding a " + what + " to \"" + table
                        + "\" validates every row while holding a lock" + (pg ? " (add it NOT VALID, then VALIDATE separately)" : ""), tc));
            }
        }
        return out;
    }

    /** Whether the plan builds this index concurrently: the plan's statement for it says so, or the options ask for it. */
    private static boolean concurrent(TableChange tc, LintContext ctx) {
        if (ctx.plan().isPresent()) {
            for (Statement s : ctx.plan().get().statements()) {
                if (s.source() == tc || s.source().equals(tc)) {
                    if (s.sql().toUpperCase(Locale.ROOT).contains("CONCURRENTLY")) return true;
                }
            }
        }
        return ctx.planOptions().concurrentIndexes();
    }

    /** PostgreSQL keeps the table for varchar growth and varchar to text; MySQL for varchar growth in place. */
    private static boolean rewrites(ModifyColumn m, boolean pg) {
        if (m.from().type() instanceof StringType f && m.to().type() instanceof StringType t) {
            boolean sameName = f.name().equalsIgnoreCase(t.name());
            boolean grows = t.size().isEmpty() ? f.size().isPresent() || sameName : f.size().isPresent() && t.size().getAsInt() >= f.size().getAsInt();
            if (pg) {
                String tn = t.name().toLowerCase(Locale.ROOT);
                if (tn.equals("text") && !f.name().equalsIgnoreCase("char") && !f.name().equalsIgnoreCase("character")) return false;
                return !(grows && sameName);
            }
            // MySQL: VARCHAR growth in place while the length prefix stays 1 byte (<256) or was already 2
            if (sameName && grows && t.size().isPresent() && f.size().isPresent()) {
                return f.size().getAsInt() < 256 && t.size().getAsInt() >= 256;
            }
            return true;
        }
        if (pg && m.from().type() instanceof BinaryType && m.to().type() instanceof BinaryType) return false;
        return true;
    }

    private static boolean volatileDefault(Optional<Expr> e) {
        return e.isPresent() && e.get() instanceof RawExpr r && VOLATILE.matcher(r.sql()).find();
    }
}
