package io.atlas4j.operator;

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
 */
public record LeaderElection(String lease, Optional<String> namespace, Optional<String> identity, boolean exitOnLoss) {
    public LeaderElection {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(identity, "identity");
    }
}
