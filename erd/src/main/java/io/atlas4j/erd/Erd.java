package io.atlas4j.erd;

import io.atlas4j.change.Change;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import java.util.List;

/**
 * Entry point: a diagram of a schema, or of the difference between two.
 *
 * <pre>{@code
 * String mermaid = Erd.of(realm).mermaid();
 * Path page = Erd.diff(desired, Atlas.diff(current, desired).changes()).writeHtml(Path.of("diff.html"));
 * }</pre>
 */
public final class Erd {
    private Erd() {
    }

    /** {@return the diagram of every schema in {@code realm}} */
    public static ErdDiagram of(Realm realm) {
        return DiagramBuilder.build(title(realm), realm, Marks.NONE);
    }

    /** {@return the diagram of one schema} */
    public static ErdDiagram of(Schema schema) {
        return of(Realm.of(schema));
    }

    /** {@return {@code realm} rendered in {@code format}}: what {@code schema inspect --format} prints */
    public static String render(Realm realm, ErdFormat format) {
        return of(realm).render(format);
    }

    /**
     * {@return the desired realm drawn with what differs from current coloured} Tables, views,
     * columns and foreign keys are matched by name (keys by their columns and target); prefer
     * {@link #diff(Realm, List)} with the differ's changes, which knows renames and the
     * dialect's equivalent spellings.
     */
    public static ErdDiagram diff(Realm current, Realm desired) {
        return DiagramBuilder.build("diff: " + title(desired), desired, Marks.compare(current, desired));
    }

    /**
     * {@return the desired realm drawn with what {@code changes} (current to desired, as a differ
     * returns them) add, change and drop coloured} Dropped tables, columns and keys are drawn from
     * the change records.
     */
    public static ErdDiagram diff(Realm desired, List<? extends Change> changes) {
        return DiagramBuilder.build("diff: " + title(desired), desired, Marks.of(changes));
    }

    private static String title(Realm realm) {
        List<String> names = realm.schemas().stream().map(Schema::name).sorted().toList();
        return names.isEmpty() ? "schema" : String.join(", ", names);
    }
}
