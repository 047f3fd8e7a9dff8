package io.atlas4j.plan;

import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;

/** Facts about changes that do not depend on the dialect. */
public final class Edits {
    private Edits() {
    }

    /**
     * {@return whether the change may lose stored data: a dropped schema, table or column, a
     * narrowing type change, or a dropped or re-created object that holds rows (a virtual table)}
     */
    public static boolean isDestructive(Edit edit) {
        if (edit instanceof DropSchema || edit instanceof DropTable || edit instanceof DropColumn) return true;
        if (edit instanceof ModifyColumn m) return isNarrowing(m);
        if (edit instanceof DropObject d) return d.object().holdsData();
        if (edit instanceof ModifyObject m) return m.from().holdsData();
        if (edit instanceof ModifyTable m) {
            for (TableChange c : m.changes()) if (isDestructive(c)) return true;
        }
        return false;
    }

    /** {@return whether a column change narrows its type so that existing values may not fit} */
    public static boolean isNarrowing(ModifyColumn m) {
        return m.aspects().contains(ColumnAspect.TYPE) && TypeChanges.isNarrowing(m.from().type(), m.to().type());
    }
}
