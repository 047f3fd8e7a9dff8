package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddObject;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.schema.Attrs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A serial column's sequence that the desired schema has as a sequence of its own (or the
 * other way round) is the same sequence: its ownership changes, it is neither dropped nor
 * created again (which would fail on its name, and lose its position). The diff reports a
 * sequence added (or dropped) beside a column that stops (or starts) being serial.
 */
final class PgSequenceOwnership {
    private PgSequenceOwnership() {
    }

    /** {@return the changes with such sequences kept; their names (schema.sequence) go to {@code kept}} */
    static List<Change> keep(List<Change> changes, Set<String> kept) {
        Map<String, String> leaving = new HashMap<>(); // schema.sequence -> table.column that stops being serial with it
        Map<String, String> joining = new HashMap<>(); // schema.sequence -> table.column that becomes serial with it
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m)) continue;
            for (TableChange tc : m.changes()) {
                if (!(tc instanceof ModifyColumn mc)) continue;
                Optional<PgSerial> from = mc.from().attrs().get(PgSerial.class);
                Optional<PgSerial> to = mc.to().attrs().get(PgSerial.class);
                if (from.equals(to)) continue;
                String column = m.to().name() + "." + mc.to().name();
                from.ifPresent(s -> leaving.put(m.schema() + "." + s.sequence(), column));
                to.ifPresent(s -> joining.put(m.schema() + "." + s.sequence(), column));
            }
        }
        if (leaving.isEmpty() && joining.isEmpty()) return changes;
        List<Change> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c instanceof AddObject a && a.object() instanceof PgSequence q && leaving.containsKey(a.schema() + "." + q.name())) {
                // the serial's sequence stays and becomes this one: options and ownership altered in place
                kept.add(a.schema() + "." + q.name());
                PgSequence owned = new PgSequence(q.name(), q.type(), q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(),
                        Optional.of(leaving.get(a.schema() + "." + q.name())), Attrs.EMPTY);
                out.add(new ModifyObject(a.schema(), owned, q));
            } else if (c instanceof DropObject d && d.object() instanceof PgSequence q && joining.containsKey(d.schema() + "." + q.name())) {
                kept.add(d.schema() + "." + q.name()); // the column's change makes it its serial sequence
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
