package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Version, help and the errors that need no database: one stderr line, a non-zero exit. */
class CliBasicsTest {
    @TempDir
    Path dir;

    @Test
    void printsVersion() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("atlas4j " + Version.current());
        assertThat(Version.current()).doesNotContain("${").isNotEqualTo("unknown");
    }

    @Test
    void printsHelpForEveryCommand() {
        assertThat(Cli.run("--help").out()).contains("schema");
        for (String cmd : new String[] {"inspect", "diff", "apply"}) {
            Cli.Result r = Cli.run("schema", cmd, "--help");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Usage: atlas4j schema " + cmd);
        }
        assertThat(Cli.run("schema", "apply", "--help").out())
                .contains("--dry-run", "--auto-approve", "--allow-destructive", "--dev-url");
    }

    @Test
    void missingOptionIsOneLine() {
        Cli.Result r = Cli.run("schema", "apply", "--url", "sqlite://x.db");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("--to");
    }

    @Test
    void unknownUrlSchemeIsOneLine() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", "nosuchdb://host/db");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("unknown URL scheme \"nosuchdb\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void urlWithoutSchemeIsOneLine() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", "app.db");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").contains("sqlite://");
    }

    @Test
    void passwordsNeverAppear() {
        // Whether or not a MySQL dialect is bundled, the connection fails (port 1) and the message is masked.
        Cli.Result r = Cli.run("schema", "inspect", "--url", "mysql://root:s3cretpw@127.0.0.1:1/app");
        assertThat(r.exit()).isNotZero();
        assertThat(r.errLines()).singleElement().asString().startsWith("Error: ").doesNotContain("s3cretpw");
        Cli.Result verbose = Cli.run("schema", "inspect", "--verbose", "--url", "mysql://root:s3cretpw@127.0.0.1:1/app");
        assertThat(verbose.err()).contains("at io.atlas4j").doesNotContain("s3cretpw");
    }

    @Test
    void noStackTraceWithoutVerbose() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", "nosuchdb://host/db");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void unknownFormatIsRefused() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(dir.resolve("a.db")), "--format", "yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("yaml");
    }
}
