package io.atlas4j.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.testkit.SharedData;
import java.io.IOException;
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
 * {@code migrate hash} on every directory of Atlas's own sum vectors
 * ({@code shared/conformance/atlas-migrate/sum}, sub-folders included) writes its atlas.sum byte for byte.
 */
class SumVectorsTest {
    private static final AtomicInteger total = new AtomicInteger();
    private static final AtomicInteger passed = new AtomicInteger();

    @TestFactory
    Stream<DynamicTest> hashReproducesEveryAtlasSum() throws IOException {
        Path root = SharedData.folder("conformance/atlas-migrate/sum");
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(root)) {
            dirs = walk.filter(p -> Files.isRegularFile(p.resolve(SumFile.NAME))).sorted().collect(Collectors.toList());
        }
        assertThat(dirs).as("sum vectors under %s", root).hasSizeGreaterThanOrEqualTo(13);
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(root.relativize(dir).toString(), () -> {
            total.incrementAndGet();
            byte[] expected = Files.readAllBytes(dir.resolve(SumFile.NAME));
            SumFile computed = SumFile.compute(dir);
            assertThat(new String(computed.bytes(), StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(computed.bytes()).isEqualTo(expected);
            assertThat(SumFile.parse(new String(expected, StandardCharsets.UTF_8))).isEqualTo(computed);
            SumFile.verify(dir); // the recorded sum validates too
            passed.incrementAndGet();
        }));
    }

    @AfterAll
    static void report() {
        if (total.get() > 0) System.out.println("[atlas4j] atlas.sum vectors reproduced byte for byte: " + passed + "/" + total);
    }
}
