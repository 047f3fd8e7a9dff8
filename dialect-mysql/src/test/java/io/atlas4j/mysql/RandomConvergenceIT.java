package io.atlas4j.mysql;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For random pairs of schemas ({@link RandomSchemas}), applying the plan from one to the other
 * converges, by atlas4j's diff and by the server's catalog. One direction per pair (the other
 * direction is just another random pair) keeps 100 pairs near a minute.
 *
 * <p>The pairs come from one seed: {@code -Datlas4j.seed=N} replays a run, otherwise a new seed is
 * drawn and printed; a failing pair names the seed and its own index.
 */
class RandomConvergenceIT {
    static final String SEED_PROPERTY = "atlas4j.seed";
    private static final int PAIRS = 100;

    @TestFactory
    Stream<DynamicTest> randomSchemaPairsConverge() throws Exception {
        MariaDb.server().close(); // skips (or fails under CI) before any pair when the server is away
        long seed = seed();
        System.out.println("[atlas4j] RandomConvergenceIT seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")");
        Random r = new Random(seed);
        long[][] pairs = new long[PAIRS][];
        for (int i = 0; i < PAIRS; i++) pairs[i] = new long[] {r.nextLong(), r.nextLong()};
        return IntStream.range(0, PAIRS).mapToObj(i -> DynamicTest.dynamicTest("pair " + i, () -> {
            String current = RandomSchemas.script(pairs[i][0]);
            String desired = RandomSchemas.script(pairs[i][1]);
            try {
                ConvergenceIT.converge(MariaDb::server, current, desired, current.equals(desired));
            } catch (Throwable e) {
                throw new AssertionError("pair " + i + " of seed " + seed + " failed (replay with -D" + SEED_PROPERTY + "=" + seed
                        + "): " + e.getMessage(), e);
            }
        }));
    }

    /** {@return the {@value #SEED_PROPERTY} system property, or a fresh seed} */
    static long seed() {
        String s = System.getProperty(SEED_PROPERTY);
        return s == null || s.isBlank() ? new Random().nextLong() : Long.parseLong(s.trim());
    }
}
