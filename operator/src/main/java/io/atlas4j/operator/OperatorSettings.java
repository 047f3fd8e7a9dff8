package io.atlas4j.operator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the operator runs. Immutable; each wither returns a copy.
 *
 * @param namespaces     the namespaces watched; empty for all
 * @param retryInitial   the delay before the first retry of a failed reconcile, doubled per failure in a row
 * @param retryMax       the longest delay between retries
 * @param resync         how often a Ready resource is checked again (drift, changed Secrets and ConfigMaps)
 * @param lockTimeout    how long an apply waits for the database's schema lock
 * @param leaderElection how replicas elect the one that reconciles; empty: every instance reconciles
 */
public record OperatorSettings(Set<String> namespaces, Duration retryInitial, Duration retryMax, Duration resync, Duration lockTimeout,
                               Optional<LeaderElection> leaderElection) {
    public OperatorSettings {
        namespaces = Set.copyOf(namespaces);
        Objects.requireNonNull(retryInitial, "retryInitial");
        Objects.requireNonNull(retryMax, "retryMax");
        Objects.requireNonNull(resync, "resync");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(leaderElection, "leaderElection");
    }

    /** {@return all namespaces, retries from 5 s to 5 min, a resync every 10 min, a 2 min lock timeout, no leader election} */
    public static OperatorSettings defaults() {
        return new OperatorSettings(Set.of(), Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(2),
                Optional.empty());
    }

    /**
     * {@return the settings from environment variables, over the defaults}: {@code ATLAS4J_NAMESPACES}
     * (comma separated), {@code ATLAS4J_RETRY_INITIAL}, {@code ATLAS4J_RETRY_MAX}, {@code ATLAS4J_RESYNC},
     * {@code ATLAS4J_LOCK_TIMEOUT} (ISO-8601 durations such as {@code PT30S}), and for leader election
     * {@code ATLAS4J_LEADER_ELECTION_LEASE}, {@code ATLAS4J_LEADER_ELECTION_NAMESPACE} and {@code ATLAS4J_LEADER_ELECTION_IDENTITY}
     * (a replica that loses the lead then exits, to restart as a follower).
     */
    public static OperatorSettings fromEnv(Map<String, String> env) {
        OperatorSettings s = defaults();
        String ns = env.getOrDefault("ATLAS4J_NAMESPACES", "").trim();
        if (!ns.isEmpty()) {
            Set<String> set = new TreeSet<>();
            for (String n : ns.split(",")) if (!n.isBlank()) set.add(n.trim());
            s = s.withNamespaces(set);
        }
        s = new OperatorSettings(s.namespaces, duration(env, "ATLAS4J_RETRY_INITIAL", s.retryInitial), duration(env, "ATLAS4J_RETRY_MAX", s.retryMax),
                duration(env, "ATLAS4J_RESYNC", s.resync), duration(env, "ATLAS4J_LOCK_TIMEOUT", s.lockTimeout),
                text(env, "ATLAS4J_LEADER_ELECTION_LEASE").map(l -> new LeaderElection(l, text(env, "ATLAS4J_LEADER_ELECTION_NAMESPACE"),
                        text(env, "ATLAS4J_LEADER_ELECTION_IDENTITY"), true)));
        return s;
    }

    public OperatorSettings withNamespaces(Set<String> v) {
        return new OperatorSettings(v, retryInitial, retryMax, resync, lockTimeout, leaderElection);
    }

    public OperatorSettings withRetry(Duration initial, Duration max) {
        return new OperatorSettings(namespaces, initial, max, resync, lockTimeout, leaderElection);
    }

    public OperatorSettings withResync(Duration v) {
        return new OperatorSettings(namespaces, retryInitial, retryMax, v, lockTimeout, leaderElection);
    }

    public OperatorSettings withLockTimeout(Duration v) {
        return new OperatorSettings(namespaces, retryInitial, retryMax, resync, v, leaderElection);
    }

    /** {@return settings under which replicas elect one leader, the only one that reconciles} */
    public OperatorSettings withLeaderElection(LeaderElection v) {
        return new OperatorSettings(namespaces, retryInitial, retryMax, resync, lockTimeout, Optional.of(v));
    }

    private static Duration duration(Map<String, String> env, String key, Duration fallback) {
        String v = env.get(key);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Duration.parse(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + "=" + v + " is not an ISO-8601 duration: write it like PT30S or PT5M", e);
        }
    }

    private static Optional<String> text(Map<String, String> env, String key) {
        String v = env.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
