package io.atlas4j.mysql.internal;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.lint.Analyzer;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.Severity;
import io.atlas4j.plan.lint.TableEdits;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.type.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Changes that hold a blocking lock on a busy MySQL/MariaDB table for long:
 * <ul>
 * <li>LK102 type change that copies the table (VARCHAR growth within its length prefix is in place);</li>
 * <li>LK103 column added with a volatile default: every row is rewritten;</li>
 * <li>LK105 foreign key or check added to an existing table: every row is validated under lock.</li>
 * </ul>
 */
public final class MySqlLockHazards implements Analyzer {
    private static final Pattern VOLATILE = Pattern.compile("\\b(rand|uuid|uuid_short|sysdate|nextval)\\s*\\(", Pattern.CASE_INSENSITIVE);

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
            if (tc instanceof ModifyColumn m && m.aspects().contains(ColumnAspect.TYPE) && copies(m)) {
                out.add(Diagnostic.of("LK102", Severity.WARNING, e.object(m.to().name()), "changing the type of \"" + m.to().name()
                        + "\" rewrites table \"" + table + "\" under an exclusive lock", tc));
            }
            if (tc instanceof AddColumn a && volatileDefault(a.column().defaultValue())) {
                out.add(Diagnostic.of("LK103", Severity.WARNING, e.object(a.column().name()), "adds \"" + a.column().name()
                        + "\" with volatile default " + a.column().defaultValue().get().sql() + ": every row of \"" + table
                        + "\" is rewritten under an exclusive lock", tc));
            }
            if (tc instanceof AddForeignKey || tc instanceof AddCheck) {
                String what = tc instanceof AddForeignKey ? "foreign key" : "check";
                out.add(Diagnostic.of("LK105", Severity.WARNING, table, "adding a " + what + " to \"" + table
                        + "\" validates every row while holding a lock", tc));
            }
        }
        return out;
    }

    /** VARCHAR growth is in place while the length prefix stays one byte (under 256) or was already two. */
    private static boolean copies(ModifyColumn m) {
        if (m.from().type() instanceof StringType f && m.to().type() instanceof StringType t) {
            boolean sameName = f.name().equalsIgnoreCase(t.name());
            if (sameName && t.size().isPresent() && f.size().isPresent() && t.size().getAsInt() >= f.size().getAsInt()) {
                return f.size().getAsInt() < 256 && t.size().getAsInt() >= 256;
            }
        }
        return true;
    }

    private static boolean volatileDefault(Optional<Expr> e) {
        return e.isPresent() && e.get() instanceof RawExpr r && VOLATILE.matcher(r.sql()).find();
    }
}
