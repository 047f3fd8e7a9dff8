package io.atlas4j.spring.boot;

/**
 * Told once after each start-up run of the starter's migrator that applied something or failed (a database that
 * already matches tells nothing). Every bean of this type hears it, in order; the {@code atlas4j.webhook.*}
 * properties add one that calls a webhook. Called on the starting thread before start-up goes on (or stops, on a
 * failure); what a listener throws is logged and ignored, so a listener cannot fail start-up.
 */
@FunctionalInterface
public interface Atlas4jRunListener {
    void finished(Atlas4jRun run);
}
