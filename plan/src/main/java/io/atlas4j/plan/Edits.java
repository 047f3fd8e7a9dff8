package io.atlas4j.plan;

import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;

/** Facts about changes that do not depend on the dialect. */
public final class Edits {
    private Edits() {
    }

    /** {@return whether the change drops stored data: a schema, a table or a column} */
    public static boolean isDestructive(Edit edit) {
        if (edit instanceof DropSchema || edit instanceof DropTable || edit instanceof DropColumn) return true;
        if (edit instanceof ModifyTable m) {
            for (TableChange c : m.changes()) if (isDestructive(c)) return true;
        }
        return false;
    }
}
