package io.atlas4j.operator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Leader election among operator replicas through a Lease: only the leader reconciles.
 *
 * @param lease       the Lease's name
 * @param namespace   its namespace (default: the client's)
 * @param identity    this replica's name in the Lease (default: the SDK's, the host name)
 * @param exitOnLoss  whether the process exits when it loses the lead, so that it restarts as a follower
 *                    (what a Deployment wants; tests that run replicas in one JVM do not)
 * @param leaseDuration how long a Lease that is not renewed keeps its holder: how soon a follower takes over
 *                      from a leader that died (the leader renews within two thirds of it)
 */
public record LeaderElection(String lease, Optional<String> namespace, Optional<String> identity, boolean exitOnLoss, Duration leaseDuration) {
    /** The Java Operator SDK's default lease duration, 15 s. */
    public static final Duration DEFAULT_LEASE_DURATION = Duration.ofSeconds(15);

    public LeaderElection {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(identity, "identity");
        if (leaseDuration.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("lease duration " + leaseDuration + " is below 3 s: renewals would race the API server's latency");
        }
    }

    /** {@return leader election through {@code lease} with the default lease duration} */
    public LeaderElection(String lease, Optional<String> namespace, Optional<String> identity, boolean exitOnLoss) {
        this(lease, namespace, identity, exitOnLoss, DEFAULT_LEASE_DURATION);
    }

    /** {@return how long the leader has to renew its Lease: two thirds of the lease duration} */
    public Duration renewDeadline() {
        return leaseDuration.multipliedBy(2).dividedBy(3);
    }

    /** {@return how often a follower tries to take the Lease: a seventh of the lease duration} */
    public Duration retryPeriod() {
        return leaseDuration.dividedBy(7);
    }
}
