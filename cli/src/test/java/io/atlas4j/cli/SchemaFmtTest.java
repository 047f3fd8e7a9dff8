package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFmtTest {
    private static final String MESSY = """
            # keep me
            table "users" {
            schema = schema.main
                column "id" {
                  type = integer
                  null=false
                }
            }
            schema "main" {}
            """;

    private static final String TIDY = """
            # keep me
            table "users" {
              schema = schema.main
              column "id" {
                type = integer
                null = false
              }
            }

            schema "main" {}
            """;

    @TempDir
    Path dir;

    @Test
    void formatsInPlacePrintsWhatChangedAndIsIdempotent() throws Exception {
        Path messy = Db.write(dir.resolve("a.hcl"), MESSY);
        Path tidy = Db.write(dir.resolve("b.hcl"), TIDY);
        Db.write(dir.resolve("notes.txt"), "not HCL {");
        Cli.Result r = Cli.run("schema", "fmt", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(messy + "\n");
        assertThat(Files.readString(messy)).isEqualTo(TIDY);
        assertThat(Files.readString(tidy)).isEqualTo(TIDY);
        Cli.Result again = Cli.run("schema", "fmt", messy.toString(), tidy.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEmpty();
    }

    @Test
    void aFileThatDoesNotParseLeavesEveryFileAsItWas() throws Exception {
        Path messy = Db.write(dir.resolve("a.hcl"), MESSY);
        Path broken = Db.write(dir.resolve("b.hcl"), "table \"t\" {\n  schema = \n");
        Cli.Result r = Cli.run("schema", "fmt", "file://" + dir);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("b.hcl:");
        assertThat(Files.readString(messy)).isEqualTo(MESSY);
        assertThat(Files.readString(broken)).isEqualTo("table \"t\" {\n  schema = \n");
    }

    @Test
    void aPathThatIsNotHclIsAnError() {
        Path sql = Db.write(dir.resolve("schema.sql"), "CREATE TABLE t (id int);");
        Cli.Result r = Cli.run("schema", "fmt", sql.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is not an .hcl file");
        assertThat(Cli.run("schema", "fmt", dir.resolve("missing").toString()).err()).contains("does not exist");
    }
}
