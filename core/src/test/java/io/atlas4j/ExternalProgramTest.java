package io.atlas4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.Scope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ext:// URLs: parsing, printing back, running the program, and the failures a user must be told about. */
class ExternalProgramTest {
    @Test
    void quotedArgumentsKeepTheirSpaces() {
        ExternalProgram p = ExternalProgram.parse("ext://sh -c 'echo a  b' \"it's\" ''");
        assertThat(p.argv()).containsExactly("sh", "-c", "echo a  b", "it's", "");
    }

    @Test
    void urlParsesBackToTheSameProgram() {
        List<List<String>> programs = List.of(List.of("gen"), List.of("java", "-jar", "my loader.jar", "--dialect", "postgres"),
                List.of("sh", "-c", "printf '%s' x"), List.of("say", "\"quoted\"", ""));
        for (List<String> argv : programs) {
            ExternalProgram p = new ExternalProgram(argv);
            assertThat(ExternalProgram.parse(p.url()).argv()).as(p.url()).isEqualTo(argv);
        }
    }

    @Test
    void anArgumentWithBothQuotesCannotBeAUrl() {
        assertThatThrownBy(() -> ExternalProgram.of("echo", "it's \"x\"").url()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("both quote characters");
    }

    @Test
    void unclosedQuoteAndMissingProgramAreRefused() {
        assertThatThrownBy(() -> ExternalProgram.parse("ext://sh -c 'echo")).hasMessageContaining("unclosed ' quote");
        assertThatThrownBy(() -> ExternalProgram.parse("ext://  ")).hasMessageContaining("without a program");
    }

    @Test
    void theOutputIsTheScript() {
        SqlScript s = ExternalProgram.of("printf", "CREATE TABLE t (id int);").run();
        assertThat(s.sql()).isEqualTo("CREATE TABLE t (id int);");
        assertThat(s.name()).isEqualTo("ext://printf CREATE TABLE t (id int);");
    }

    @Test
    void aFailingProgramIsReportedWithItsStatusAndStderr() {
        assertThatThrownBy(() -> ExternalProgram.parse("ext://sh -c 'echo models not found >&2; exit 4'").run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("exited with status 4").hasMessageContaining("models not found")
                .hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> ExternalProgram.of("true").run()).hasMessageContaining("printed no DDL");
        assertThatThrownBy(() -> ExternalProgram.of("no-such-program-atlas4j").run()).hasMessageContaining("cannot run")
                .hasMessageContaining("PATH");
    }

    @Test
    void schemaSourcesReadFileAndExtAndNameTheMissingModuleOfJpa() {
        assertThat(SchemaSources.isDdl("ext://gen")).isTrue();
        assertThat(SchemaSources.isDdl("file://schema.sql")).isTrue();
        assertThat(SchemaSources.isDdl("postgres://localhost/db")).isFalse();
        // core's tests run without atlas4j-jpa: jpa:// is no source here, and the error says which module reads it
        assertThat(SchemaSources.isDdl("jpa://com.example")).isFalse();
        assertThatThrownBy(() -> SchemaSources.requireDdl("jpa://com.example")).hasMessageContaining("atlas4j-jpa")
                .hasMessageContaining("file://...").hasMessageContaining("ext://...");
        List<SqlScript> scripts = SchemaSources.scripts("ext://printf 'CREATE TABLE t (id int); -- atlas:renamed-from old_t'", null,
                Scope.SCHEMA, Map.of());
        assertThat(scripts).singleElement().satisfies(s -> assertThat(s.sql()).startsWith("CREATE TABLE t"));
        assertThat(SchemaSources.renameHints("ext://x", scripts).tableRenames()).containsEntry("t", "old_t");
    }
}
