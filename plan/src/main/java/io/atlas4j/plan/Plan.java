package io.atlas4j.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered list of statements, whether they run in one transaction, and, when the facade made
 * it, what it was computed from ({@link PlanBasis}).
 */
public record Plan(List<Statement> statements, boolean transactional, Optional<PlanBasis> basis) {
    public Plan {
        statements = List.copyOf(statements);
        Objects.requireNonNull(basis, "basis");
    }

    /** A plan as a planner makes it: no basis yet. */
    public Plan(List<Statement> statements, boolean transactional) {
        this(statements, transactional, Optional.empty());
    }

    public static Plan empty() {
        return new Plan(List.of(), true);
    }

    /** {@return the same statements, known to be computed from {@code basis}} */
    public Plan withBasis(PlanBasis basis) {
        return new Plan(statements, transactional, Optional.of(basis));
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public boolean isReversible() {
        return statements.stream().allMatch(Statement::isReversible);
    }

    /** {@return the statements that may destroy data} */
    public List<Statement> destructive() {
        return statements.stream().filter(Statement::isDestructive).toList();
    }

    /** {@return the SQL script: each statement with its comment, terminated by {@code ;}} */
    public String sql() {
        StringBuilder sb = new StringBuilder();
        for (Statement s : statements) {
            if (!s.comment().isEmpty()) sb.append("-- ").append(s.comment()).append('\n');
            sb.append(s.sql()).append(";\n");
        }
        return sb.toString();
    }

    /** {@return the reverse script, last statement first; empty when some statement is irreversible} */
    public List<String> reverse() {
        if (!isReversible()) return List.of();
        List<String> out = new ArrayList<>();
        for (int i = statements.size() - 1; i >= 0; i--) out.addAll(statements.get(i).reverse());
        return out;
    }
}
