package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.SqlScript;
import io.atlas4j.spi.Scope;
import io.atlas4j.sqlite.SqliteDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --var name=value} reaches the {@code variable} blocks of HCL schema files through {@code SqlScript.of}. */
class SchemaVariablesTest {
    private static final String SCHEMA = """
            variable "fallback" {
              type    = string
              default = "nobody"
            }
            schema "main" {}
            table "users" {
              schema = schema.main
              column "name" {
                type    = text
                default = var.fallback
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aGivenValueReplacesTheDefault() throws Exception {
        Path f = Files.writeString(dir.resolve("schema.hcl"), SCHEMA);
        String given = SqlScript.of(f, SqliteDialect.create(), Scope.SCHEMA, Map.of("fallback", "alice")).get(0).sql();
        assertThat(given).contains("'alice'").doesNotContain("nobody");
        String byDefault = SqlScript.of(f, SqliteDialect.create(), Scope.SCHEMA, Map.of()).get(0).sql();
        assertThat(byDefault).contains("'nobody'");
    }

    @Test
    void variablesTheFilesDoNotDeclareAreIgnored() throws Exception {
        Path f = Files.writeString(dir.resolve("schema.hcl"), SCHEMA);
        String sql = SqlScript.of(f, SqliteDialect.create(), Scope.SCHEMA, Map.of("project_only", "x")).get(0).sql();
        assertThat(sql).contains("'nobody'");
    }
}
