package io.atlas4j.schema;

import java.util.List;

/**
 * What an element needs to exist before it, as the catalog records it, beyond what its foreign keys
 * and a view's {@link View#dependsOn()} already say: the types its columns use, the functions its
 * defaults, checks or generated columns call, the base of a domain. Filled by inspectors that know;
 * change ordering reads it, comparison ignores it (it is {@link Attr.Derived}).
 */
public record DependsOn(List<QualifiedName> names) implements Attr.Derived {
    public DependsOn {
        names = List.copyOf(names);
    }

    public static DependsOn of(QualifiedName... names) {
        return new DependsOn(List.of(names));
    }
}
