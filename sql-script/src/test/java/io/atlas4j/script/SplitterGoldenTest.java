package io.atlas4j.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Atlas's own splitter vectors ({@code conformance/atlas-migrate/splitter}): each {@code N.sql}
 * splits into the statements of {@code N.sql.golden}, which lists Atlas's statement texts joined by
 * a {@code -- end --} line. Each folder is the test of one Atlas scanner configuration:
 * <ul>
 *   <li>{@code lex}: Atlas's dialect-neutral scanner ({@link ScriptSplitter#atlas()});
 *   <li>{@code lexgroup}: the same with {@code BEGIN ... END} grouping ({@code withBlocks()});
 *   <li>{@code lexescaped}: the dialect in the name, {@code .my.sql} MySQL (backslash escapes),
 *       {@code .pg.sql} PostgreSQL ({@code E'...'} strings only);
 *   <li>{@code lexbegintry}, {@code sqlserver}: SQL Server ({@code GO}, {@code BEGIN TRY}).
 * </ul>
 */
class SplitterGoldenTest {
    private static final String END = "\n-- end --\n";
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static final AtomicInteger TOTAL = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> goldens() throws IOException {
        Path root = SharedData.folder("conformance/atlas-migrate/splitter");
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(root)) {
            scripts = files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        }
        assertThat(scripts).as("scripts under %s", root).isNotEmpty();
        for (Path s : scripts) assertThat(golden(s)).as("golden of %s", s).exists();
        TOTAL.set(scripts.size());
        return scripts.stream().map(s -> DynamicTest.dynamicTest(root.relativize(s).toString(), () -> check(s)));
    }

    @AfterAll
    static void report() {
        if (TOTAL.get() > 0) System.out.println("Atlas splitter goldens: " + PASSED.get() + "/" + TOTAL.get() + " pass");
    }

    private static void check(Path file) {
        String script = read(file);
        ParsedScript parsed = splitterFor(file).parse(script);
        String got = parsed.statements().stream().map(ScriptStatement::text).collect(Collectors.joining(END));
        assertThat(got).isEqualTo(read(golden(file)));
        // Every statement's position points at its text in the file.
        for (ScriptStatement st : parsed.statements()) {
            assertThat(script.substring(st.offset())).startsWith(st.text());
            assertThat(st.line()).isEqualTo(1 + (int) script.substring(0, st.offset()).chars().filter(c -> c == '\n').count());
            assertThat(st.byteOffset()).isEqualTo(script.substring(0, st.offset()).getBytes(StandardCharsets.UTF_8).length);
        }
        PASSED.incrementAndGet();
    }

    /** The scanner configuration Atlas tests each folder with. */
    static ScriptSplitter splitterFor(Path file) {
        String folder = file.getParent().getFileName().toString();
        String name = file.getFileName().toString();
        return switch (folder) {
            case "lex" -> ScriptSplitter.atlas();
            case "lexgroup" -> ScriptSplitter.atlas().withBlocks();
            case "lexescaped" -> name.endsWith(".my.sql") ? ScriptSplitter.mysql() : ScriptSplitter.postgres();
            case "lexbegintry", "sqlserver" -> ScriptSplitter.sqlServer();
            default -> throw new IllegalStateException("no splitter configuration for folder " + folder + ": add one to the test");
        };
    }

    private static Path golden(Path script) {
        return script.resolveSibling(script.getFileName() + ".golden");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
