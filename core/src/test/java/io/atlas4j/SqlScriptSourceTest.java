package io.atlas4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a reader for a schema format on the class path, its files are refused with the dependency to add. */
class SqlScriptSourceTest {
    @Test
    void anHclFileWithoutTheHclModuleNamesTheDependency(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.hcl"), "schema \"main\" {}\n");
        assertThatThrownBy(() -> SqlScript.of(file))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("atlas4j-hcl");
    }

    @Test
    void aFolderOfHclFilesWithoutTheHclModuleNamesTheDependency(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("schema.hcl"), "schema \"main\" {}\n");
        assertThatThrownBy(() -> SqlScript.files(dir)).hasMessageContaining("atlas4j-hcl");
    }

    @Test
    void variablesAreIgnoredBySql(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE t (id int);\n");
        assertThat(SqlScript.of(file, null, Scope.SCHEMA, java.util.Map.of("x", "1"))).containsExactlyElementsOf(SqlScript.of(file));
    }
}
