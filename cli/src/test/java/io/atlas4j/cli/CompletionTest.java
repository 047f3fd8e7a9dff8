package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.Prerequisite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas4j completion}: a bash script that bash accepts and that completes the real command tree. */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void scriptNamesTheCommandsAndParses() throws Exception {
        Cli.Result r = Cli.run("completion");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("_complete_atlas4j", "schema", "migrate", "apply", "inspect", "lint", "completion", "--auto-approve");
        Path script = Files.writeString(dir.resolve("atlas4j.bash"), r.out());
        Bash check = bash("bash -n " + script);
        assertThat(check.exit()).as(check.out()).isZero();
    }

    @Test
    void sourcedScriptCompletesSchemaApAndMigrateSubcommands() throws Exception {
        Path script = Files.writeString(dir.resolve("atlas4j.bash"), Cli.run("completion").out());
        assertThat(complete(script, "atlas4j schema ap")).isEqualTo("apply");
        assertThat(complete(script, "atlas4j migrate st")).isEqualTo("status");
        assertThat(complete(script, "atlas4j schema apply --auto")).isEqualTo("--auto-approve");
    }

    /**
     * {@return what the completion function offers for the line, as bash sets COMPREPLY when Tab is pressed at its end}
     * Outside a real completion bash's compopt complains on stderr, which is left out.
     */
    private String complete(Path script, String line) throws Exception {
        String words = line.endsWith(" ") ? line + "''" : line;
        Bash b = bash("source " + script + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(" + words + ");"
                + " COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _complete_atlas4j 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
        assertThat(b.exit()).as(b.out()).isZero();
        return b.out().strip();
    }

    private record Bash(int exit, String out) {
    }

    private Bash bash(String command) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/bin/bash"))) Prerequisite.missing("no /bin/bash to run the completion script with", null);
        Process p = new ProcessBuilder("/bin/bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new Bash(p.exitValue(), out);
    }
}
