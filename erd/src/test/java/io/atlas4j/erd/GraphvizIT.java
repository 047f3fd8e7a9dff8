package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Realm;
import io.atlas4j.testkit.Prerequisite;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Graphviz itself accepts the DOT output and draws one node per box and one edge per line. */
class GraphvizIT {
    /** Debian's Graphviz; {@code -Datlas4j.dot=PATH} names another. */
    private static final Path DOT = Path.of(System.getProperty("atlas4j.dot", "/usr/bin/dot"));
    private static final Path OUT = Path.of("target", "erd");

    @BeforeAll
    static void needsGraphviz() {
        if (!Files.isExecutable(DOT)) {
            throw Prerequisite.missing("the DOT check needs Graphviz at " + DOT + " (apt-get install -y --no-install-recommends graphviz)", null);
        }
    }

    private static String dot(String format, String input, String name) throws Exception {
        Files.createDirectories(OUT);
        Path src = OUT.resolve(name + ".dot");
        Files.writeString(src, input);
        Process p = new ProcessBuilder(DOT.toString(), "-T" + format, src.toString()).redirectErrorStream(false).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> copy(p.getErrorStream(), err));
        t.start();
        copy(p.getInputStream(), out);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("dot finished").isTrue();
        t.join();
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("dot -T%s %s: %s", format, src, stderr).isZero();
        // Graphviz reports bad HTML labels and unknown arrow shapes as warnings, still exiting 0.
        assertThat(stderr).as("dot's warnings").isEmpty();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static void check(Realm realm, String name) throws Exception {
        ErdDiagram d = Erd.of(realm);
        String svg = dot("svg", d.dot(), name);
        Files.writeString(OUT.resolve(name + ".svg"), svg);
        assertThat(count(svg, "<g id=\"node\\d+\" class=\"node\">")).isEqualTo(d.nodes().size());
        assertThat(count(svg, "<g id=\"edge\\d+\" class=\"edge\">")).isEqualTo(d.edges().size());
        assertThat(count(svg, "<g id=\"clust\\d+\" class=\"cluster\">")).isEqualTo(d.groups().size());
    }

    @Test
    void shopWithAwkwardNames() throws Exception {
        check(SampleSchemas.shop(), "shop");
    }

    @Test
    void generatedSchemaOfEightyTables() throws Exception {
        check(SampleSchemas.generated(80, 11), "generated-80");
    }

    @Test
    void diffColours() throws Exception {
        Realm current = SampleSchemas.shop();
        Realm desired = SampleSchemas.generated(30, 2);
        String svg = dot("svg", Erd.diff(current, desired).dot(), "diff");
        assertThat(svg).contains("#cf222e").contains("#1a7f37");
    }
}
