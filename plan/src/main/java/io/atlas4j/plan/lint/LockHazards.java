package io.atlas4j.plan.lint;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.RawExpr;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The findings lock-hazard analyzers share, worded once; each dialect's analyzer decides which
 * apply to its database (which functions are volatile, which type changes rewrite the table).
 */
public final class LockHazards {
    private LockHazards() {
    }

    /** {@return LK102 when {@code tc} changes a column's type and {@code rewrites} says the database copies the table for it} */
    public static Optional<Diagnostic> typeChange(TableEdits e, java.util.function.Predicate<ModifyColumn> rewrites, String how) {
        if (!(e.change() instanceof ModifyColumn m) || !m.aspects().contains(ColumnAspect.TYPE) || !rewrites.test(m)) return Optional.empty();
        return Optional.of(Diagnostic.of("LK102", Severity.WARNING, e.object(m.to().name()), "changing the type of \"" + m.to().name()
                + "\" rewrites " + how + "table \"" + e.table().to().name() + "\" under an exclusive lock", m));
    }

    /** {@return LK103 when a column is added with a default calling one of {@code volatileCalls}: every row is rewritten} */
    public static Optional<Diagnostic> volatileDefault(TableEdits e, Pattern volatileCalls) {
        if (!(e.change() instanceof AddColumn a) || a.column().defaultValue().isEmpty()) return Optional.empty();
        if (!(a.column().defaultValue().get() instanceof RawExpr r) || !volatileCalls.matcher(r.sql()).find()) return Optional.empty();
        return Optional.of(Diagnostic.of("LK103", Severity.WARNING, e.object(a.column().name()), "adds \"" + a.column().name()
                + "\" with volatile default " + r.sql() + ": every row of \"" + e.table().to().name()
                + "\" is rewritten under an exclusive lock", a));
    }

    /** {@return LK105 when a foreign key or check is added to an existing table: every row is validated under lock} */
    public static Optional<Diagnostic> validation(TableEdits e, String remedy) {
        TableChange tc = e.change();
        if (!(tc instanceof AddForeignKey) && !(tc instanceof AddCheck)) return Optional.empty();
        String table = e.table().to().name();
        String what = tc instanceof AddForeignKey ? "foreign key" : "check";
        return Optional.of(Diagnostic.of("LK105", Severity.WARNING, table, "adding a " + what + " to \"" + table
                + "\" validates every row while holding a lock" + remedy, tc));
    }
}
