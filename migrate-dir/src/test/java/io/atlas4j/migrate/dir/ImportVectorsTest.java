package io.atlas4j.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate import} of Atlas's import vectors ({@code shared/conformance/atlas-migrate/import/<format>})
 * gives {@code <format>_gold} file for file, byte for byte (atlas.sum compared only where the gold folder has one).
 */
class ImportVectorsTest {
    private static final AtomicInteger total = new AtomicInteger();
    private static final AtomicInteger passed = new AtomicInteger();

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> importReproducesEveryGoldFolder() throws IOException {
        Path root = SharedData.folder("conformance/atlas-migrate/import");
        List<Path> sources;
        try (Stream<Path> list = Files.list(root)) {
            sources = list.filter(p -> Files.isDirectory(p.resolveSibling(p.getFileName() + "_gold"))).sorted().collect(Collectors.toList());
        }
        assertThat(sources).as("import vectors under %s", root).hasSizeGreaterThanOrEqualTo(5);
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            total.incrementAndGet();
            DirectoryFormat format = DirectoryFormat.parse(src.getFileName().toString());
            ImportResult result = AtlasImport.convert(MigrationDirectory.open(src, format));
            Path target = out.resolve(src.getFileName().toString());
            result.writeTo(target);

            Path gold = src.resolveSibling(src.getFileName() + "_gold");
            boolean goldHasSum = Files.exists(gold.resolve(SumFile.NAME));
            assertThat(files(target, goldHasSum)).isEqualTo(files(gold, true));
            SumFile.verify(target); // what was written is a valid atlas directory
            passed.incrementAndGet();
        }));
    }

    // Every file's text by name; atlas.sum left out unless asked for.
    private static Map<String, String> files(Path dir, boolean withSum) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                String name = p.getFileName().toString();
                if (!withSum && name.equals(SumFile.NAME)) continue;
                out.put(name, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @AfterAll
    static void report() {
        if (total.get() > 0) System.out.println("[atlas4j] migrate import vectors reproduced file for file: " + passed + "/" + total);
    }
}
