package io.atlas4j.mysql;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * Property: for random pairs of schemas, applying the plan from one to the other converges. One
 * direction per try (the other direction is just another random pair) keeps 100 tries near a minute.
 */
class RandomConvergenceIT {
    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void randomSchemaPairsConverge(@ForAll long currentSeed, @ForAll long desiredSeed) throws Exception {
        MariaDb.server().close();
        String current = RandomSchemas.script(currentSeed);
        String desired = RandomSchemas.script(desiredSeed);
        ConvergenceIT.converge(MariaDb::server, current, desired, current.equals(desired));
    }
}
