package io.atlas4j.offline.internal;

import io.atlas4j.postgres.PgFunction;
import io.atlas4j.schema.SchemaObject;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The functions and domains a script creates in the public schema (itself or through extensions), as the expression printer looks them up by name. */
final class PgExprRoutines {
    private PgExprRoutines() {
    }

    /** {@return a lookup from a function's name to its overloads' argument and result types, the script's own and its extensions'} */
    static Function<String, List<PgExprPrinter.Routine>> of(Collection<SchemaObject> publicObjects) {
        return name -> {
            List<PgExprPrinter.Routine> own = new java.util.ArrayList<>(publicObjects.stream()
                    .filter(o -> o instanceof PgFunction f && f.kind().equals("function") && f.simpleName().equals(name))
                    .map(o -> (PgFunction) o)
                    .map(f -> new PgExprPrinter.Routine(f.arguments().isEmpty() ? List.of() : Arrays.asList(f.arguments().split(", ")), f.result()))
                    .toList());
            for (SchemaObject o : publicObjects) if (o instanceof io.atlas4j.postgres.PgExtension e) own.addAll(PgExtensions.functions(e.name(), name));
            return own;
        };
    }

    /**
     * {@return the kinds of user types ("enum", "domain"), a domain of the public schema as {@code domain:<base type>}
     * so that the printer can coerce it to its base type}
     */
    static Function<String, String> userTypes(Function<String, String> kinds, Collection<SchemaObject> publicObjects) {
        return type -> {
            String kind = kinds.apply(type);
            if (!"domain".equals(kind)) return kind;
            return publicObjects.stream().filter(o -> o instanceof io.atlas4j.postgres.PgDomain d && io.atlas4j.postgres.internal.PgIdent.quote(d.name()).equals(type))
                    .map(o -> "domain:" + ((io.atlas4j.postgres.PgDomain) o).baseType()).findFirst().orElse(kind);
        };
    }
}
