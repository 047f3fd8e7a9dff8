package io.atlas4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.type.StringType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenameHintsTest {
    static final String SQL = """
            CREATE TABLE IF NOT EXISTS "people" ( -- atlas:renamed-from users
              id INTEGER PRIMARY KEY,
              email_address TEXT NOT NULL, -- atlas:renamed-from email
              `Full Name` TEXT DEFAULT 'a -- b', -- atlas:renamed-from "name"
              note TEXT -- an ordinary comment
            );
            CREATE TABLE orders (
              id INTEGER,
              total NUMERIC(10, 2), -- atlas:renamed-from amount
              CHECK (total > 0)
            );
            """;

    @Test
    void readsTableAndColumnHints() {
        DiffOptions o = RenameHints.scan(SQL, "schema.sql");
        assertThat(o.renamedTableFrom("people")).contains("users");
        assertThat(o.renamedColumnFrom("people", "email_address")).contains("email");
        assertThat(o.renamedColumnFrom("people", "Full Name")).contains("name");
        assertThat(o.renamedColumnFrom("orders", "total")).contains("amount");
        assertThat(o.renamedColumnFrom("people", "note")).isEmpty();
        assertThat(o.tableRenames()).hasSize(1);
    }

    @Test
    void noHintsNoRenames() {
        assertThat(RenameHints.scan("CREATE TABLE t (a INT);\n", "x.sql")).isEqualTo(DiffOptions.defaults());
    }

    @Test
    void misplacedHintNamesFileAndLine() {
        assertThatThrownBy(() -> RenameHints.scan("CREATE TABLE t (a INT);\n-- atlas:renamed-from x\n", "s.sql"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("outside a CREATE TABLE")
                .satisfies(e -> assertThat(((SchemaParseException) e).origin().orElseThrow().line()).isEqualTo(2));
        assertThatThrownBy(() -> RenameHints.scan("CREATE TABLE t (\n a INT,\n PRIMARY KEY (a) -- atlas:renamed-from b\n);", "s.sql"))
                .isInstanceOf(SchemaParseException.class).hasMessageContaining("column definition");
    }

    @Test
    void scansEveryFileOfADirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.sql"), "CREATE TABLE a ( -- atlas:renamed-from old_a\n x INT);\n");
        Files.writeString(dir.resolve("2.sql"), "CREATE TABLE b (\n y INT -- atlas:renamed-from old_y\n);\n");
        DiffOptions o = RenameHints.scan(dir);
        assertThat(o.renamedTableFrom("a")).contains("old_a");
        assertThat(o.renamedColumnFrom("b", "y")).contains("old_y");
    }

    @Test
    void hintsResolveToTheDatabaseSpelling() {
        Schema desired = Schema.builder("public").table("people", t -> t.column("email_address", new StringType("text"))).build();
        Schema current = Schema.builder("public").table("users", t -> t.column("email", new StringType("text"))).build();
        DesiredSchema d = new DesiredSchema(desired, RenameHints.scan("CREATE TABLE People ( -- atlas:renamed-from USERS\n"
                + " Email_Address text -- atlas:renamed-from EMAIL\n);", "s.sql"));
        DiffOptions r = d.resolvedHints(current);
        assertThat(r.renamedTableFrom("people")).contains("users");
        assertThat(r.renamedColumnFrom("people", "email_address")).contains("email");
    }
}
