package io.atlas4j.operator.internal;

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
import io.atlas4j.operator.crd.SchemaPolicy;
import io.atlas4j.operator.crd.SkipChanges;
import io.atlas4j.plan.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns a resource's {@code spec.policy} into the library's {@link Policy}. */
final class Policies {
    private Policies() {
    }

    static Policy of(SchemaPolicy spec) {
        Policy p = Policy.defaults();
        if (spec == null) return p;
        if (allowsDestructive(spec)) p = p.allowDestructive();
        if (spec.diff() != null) {
            List<Class<? extends Edit>> skip = skipped(spec.diff().skip());
            if (!skip.isEmpty()) p = p.skip(skip.toArray(Class[]::new));
            var ci = spec.diff().concurrentIndex();
            if (ci != null && (on(ci.create()) || on(ci.drop()))) p = p.concurrentIndexes(true);
        }
        return p;
    }

    /** Destructive changes are allowed by {@code allowDestructive: true} or Atlas's {@code lint.destructive.error: false}. */
    static boolean allowsDestructive(SchemaPolicy spec) {
        if (spec == null) return false;
        if (on(spec.allowDestructive())) return true;
        return spec.lint() != null && spec.lint().destructive() != null && Boolean.FALSE.equals(spec.lint().destructive().error());
    }

    static Optional<Severity> failOn(SchemaPolicy spec) {
        if (spec == null || spec.lint() == null || spec.lint().failOn() == null) return Optional.empty();
        return Optional.of(Severity.valueOf(spec.lint().failOn().trim().toUpperCase(Locale.ROOT)));
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Edit>> skipped(SkipChanges s) {
        List<Class<? extends Edit>> out = new ArrayList<>();
        if (s == null) return out;
        add(out, s.addSchema(), AddSchema.class);
        add(out, s.dropSchema(), DropSchema.class);
        add(out, s.modifySchema(), ModifySchema.class);
        add(out, s.addTable(), AddTable.class);
        add(out, s.dropTable(), DropTable.class);
        add(out, s.modifyTable(), ModifyTable.class);
        add(out, s.renameTable(), RenameTable.class);
        add(out, s.addColumn(), AddColumn.class);
        add(out, s.dropColumn(), DropColumn.class);
        add(out, s.modifyColumn(), ModifyColumn.class);
        add(out, s.renameColumn(), RenameColumn.class);
        add(out, s.addIndex(), AddIndex.class);
        add(out, s.dropIndex(), DropIndex.class);
        add(out, s.modifyIndex(), ModifyIndex.class);
        add(out, s.renameIndex(), RenameIndex.class);
        add(out, s.addForeignKey(), AddForeignKey.class);
        add(out, s.dropForeignKey(), DropForeignKey.class);
        add(out, s.modifyForeignKey(), ModifyForeignKey.class);
        add(out, s.addCheck(), AddCheck.class);
        add(out, s.dropCheck(), DropCheck.class);
        add(out, s.modifyCheck(), ModifyCheck.class);
        add(out, s.addView(), AddView.class);
        add(out, s.dropView(), DropView.class);
        add(out, s.modifyView(), ModifyView.class);
        return out;
    }

    private static void add(List<Class<? extends Edit>> out, Boolean flag, Class<? extends Edit> kind) {
        if (on(flag)) out.add(kind);
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
