package io.atlas4j.plan;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.SchemaObject;
import java.util.List;

/** A schema object of any kind (function, domain, type) with the dependencies a test gives it. */
record TestObject(String kind, String name, List<QualifiedName> dependsOn, Attrs attrs) implements SchemaObject {
    static TestObject of(String kind, String name, String... dependsOn) {
        return new TestObject(kind, name, java.util.Arrays.stream(dependsOn).map(QualifiedName::of).toList(), Attrs.EMPTY);
    }

    TestObject withAttrs(Attrs attrs) {
        return new TestObject(kind, name, dependsOn, attrs);
    }
}
