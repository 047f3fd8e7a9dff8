package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.Prerequisite;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI on a real pseudo-terminal ({@code script} from util-linux gives the JVM one, so
 * {@code System.console()} is there) draws progress; the same command through a pipe prints none of it.
 */
class TerminalProgressIT {
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path work;

    private Path jar() {
        Path jar = Path.of(System.getProperty("atlas4j.cli.jar", "target/none.jar"));
        if (!Files.isRegularFile(jar)) Prerequisite.missing("no runnable jar at " + jar + ": run mvn package first", null);
        return jar;
    }

    private String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(List<String> command) throws Exception {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("process finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void progressOnAPseudoTerminalAndNoneThroughAPipe() throws Exception {
        Path jar = jar();
        if (!Files.isExecutable(SCRIPT)) Prerequisite.missing("no " + SCRIPT + " (util-linux) to run the CLI on a pseudo-terminal", null);
        Path schema = Path.of(System.getProperty("atlas4j.root", ".."), "examples", "blog", "schema.sql").toAbsolutePath();
        String apply = " -jar " + jar.toAbsolutePath() + " schema apply --to file://" + schema + " --auto-approve --url sqlite://";

        // On the terminal, stdout and stderr both reach the pty, which script copies to its own stdout.
        Run tty = run(List.of(SCRIPT.toString(), "-qec", java() + apply + "tty.db", "/dev/null"));
        assertThat(tty.exit()).as(tty.out() + tty.err()).isZero();
        int n = Integer.parseInt(tty.out().replaceAll("(?s).*-- Applied (\\d+) statements\\..*", "$1"));
        assertThat(tty.out()).contains("\r\033[Kstatement 1 of " + n + ", ", "\r\033[Kstatement " + n + " of " + n + ", ");
        assertThat(Db.names(work.resolve("tty.db"), "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");

        // Through pipes (files here), the same command draws nothing: no progress, no carriage returns.
        Run piped = run(List.of("/bin/sh", "-c", java() + apply + "pipe.db | cat"));
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.out()).contains("-- Applied " + n + " statements.").doesNotContain("statement 1 of").doesNotContain("\r");
        assertThat(piped.err()).isEmpty();
        assertThat(Db.names(work.resolve("pipe.db"), "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
    }
}
