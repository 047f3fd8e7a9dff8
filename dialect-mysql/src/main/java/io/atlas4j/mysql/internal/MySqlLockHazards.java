package io.atlas4j.mysql.internal;

import io.atlas4j.change.Change;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.plan.lint.Analyzer;
import io.atlas4j.plan.lint.Diagnostic;
import io.atlas4j.plan.lint.LintContext;
import io.atlas4j.plan.lint.LockHazards;
import io.atlas4j.plan.lint.TableEdits;
import io.atlas4j.schema.type.StringType;
import java.util.ArrayList;
import java.util.List;
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
            LockHazards.typeChange(e, MySqlLockHazards::copies, "").ifPresent(out::add);
            LockHazards.volatileDefault(e, VOLATILE).ifPresent(out::add);
            LockHazards.validation(e, "").ifPresent(out::add);
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
}
