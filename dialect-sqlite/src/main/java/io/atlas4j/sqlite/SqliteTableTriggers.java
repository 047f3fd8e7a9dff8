package io.atlas4j.sqlite;

import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Trigger;
import java.util.List;

/**
 * The triggers defined on a table, attached during normalization so that a planner rebuilding the
 * table can re-create them. Not compared: triggers are diffed as schema objects.
 */
public record SqliteTableTriggers(List<Trigger> triggers) implements Attr {
    public SqliteTableTriggers {
        triggers = List.copyOf(triggers);
    }
}
