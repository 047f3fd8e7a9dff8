package io.atlas4j.offline.internal;

import io.atlas4j.postgres.PgFunction;
import io.atlas4j.schema.SchemaObject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The functions a script creates in the public schema, as the expression printer looks them up by name. */
final class PgExprRoutines {
    private PgExprRoutines() {
    }

    /** {@return a lookup from a function's name to its overloads' argument and result types} */
    static Function<String, List<PgExprPrinter.Routine>> of(Collection<SchemaObject> publicObjects) {
        return name -> publicObjects.stream()
                .filter(o -> o instanceof PgFunction f && f.kind().equals("function") && f.simpleName().equals(name))
                .map(o -> (PgFunction) o)
                .map(f -> new PgExprPrinter.Routine(f.arguments().isEmpty() ? List.of() : Arrays.asList(f.arguments().split(", ")), f.result()))
                .toList();
    }
}
