package io.atlas4j.hcl.internal;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.HclSchemas;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.SchemaFormat;
import io.atlas4j.spi.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Atlas HCL as a desired-schema source everywhere SQL is accepted: the files are checked and mapped, and the schema
 * they describe is planned from empty, so the dev database reads back what the HCL means to it.
 */
public final class HclSchemaFormat implements SchemaFormat {
    /** Statements end with a line no DDL atlas4j plans contains, so function and trigger bodies keep their semicolons. */
    private static final String END = "-- end";

    @Override
    public String name() {
        return "hcl";
    }

    @Override
    public boolean reads(Path source) {
        if (Files.isRegularFile(source)) return isHcl(source);
        if (!Files.isDirectory(source)) return false;
        try (Stream<Path> s = Files.list(source)) {
            List<Path> files = s.filter(Files::isRegularFile).toList();
            return files.stream().anyMatch(HclSchemaFormat::isHcl)
                    && files.stream().noneMatch(p -> p.getFileName().toString().endsWith(".sql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHcl(Path p) {
        return p.getFileName().toString().endsWith(".hcl");
    }

    @Override
    public List<SqlScript> scripts(Path source, Dialect dialect, Scope scope, Map<String, String> variables) {
        Realm realm = variables.isEmpty() ? HclSchemas.load(source, dialect) : SchemaVariables.load(source, dialect, variables);
        Plan plan;
        if (scope == Scope.SCHEMA) {
            if (realm.schemas().size() != 1) {
                throw new InvalidInputException("\"" + source + "\" describes " + realm.schemas().size() + " schemas "
                        + realm.schemas().stream().map(Schema::name).toList() + ": compare it with a whole database (a URL"
                        + " without a schema, or Scope.DATABASE), or keep it to one schema block");
            }
            Schema desired = realm.schemas().get(0);
            // The schema itself is the dev database's current one: only what it holds is built.
            plan = Atlas.diff(Schema.empty(desired.name()).withAttrs(desired.attrs()), desired).plan(dialect);
        } else {
            plan = Atlas.diff(Realm.of(), realm).plan(dialect);
        }
        StringBuilder sql = new StringBuilder("-- atlas:delimiter " + END + "\n\n");
        for (Statement st : plan.statements()) {
            sql.append(st.sql()).append('\n').append(END).append('\n');
        }
        return List.of(new SqlScript(source + " (planned from HCL)", sql.toString()));
    }
}
