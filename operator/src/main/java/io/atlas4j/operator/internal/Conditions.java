package io.atlas4j.operator.internal;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.ConditionBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The three conditions every resource carries: Ready, Planned and Failed. */
final class Conditions {
    static final String READY = "Ready";
    static final String PLANNED = "Planned";
    static final String FAILED = "Failed";

    /** One condition's state: its status, reason and message. */
    record State(boolean status, String reason, String message) {
    }

    private Conditions() {
    }

    /**
     * {@return the conditions for this outcome} A condition whose status did not change keeps its
     * {@code lastTransitionTime}, as Kubernetes conventions ask.
     */
    static List<Condition> of(List<Condition> old, long generation, State ready, State planned, State failed) {
        List<Condition> out = new ArrayList<>();
        out.add(one(old, generation, READY, ready));
        out.add(one(old, generation, PLANNED, planned));
        out.add(one(old, generation, FAILED, failed));
        return out;
    }

    static Optional<Condition> find(List<Condition> conditions, String type) {
        if (conditions == null) return Optional.empty();
        return conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    private static Condition one(List<Condition> old, long generation, String type, State s) {
        String status = s.status() ? "True" : "False";
        String since = find(old, type).filter(c -> status.equals(c.getStatus())).map(Condition::getLastTransitionTime)
                .orElse(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return new ConditionBuilder().withType(type).withStatus(status).withReason(s.reason()).withMessage(s.message())
                .withObservedGeneration(generation).withLastTransitionTime(since).build();
    }
}
