package io.atlas4j.plan;

import java.util.ArrayList;
import java.util.List;

/** An ordered list of statements, and whether they run in one transaction. */
public record Plan(List<Statement> statements, boolean transactional) {
    public Plan {
        statements = List.copyOf(statements);
    }

    public static Plan empty() {
        return new Plan(List.of(), true);
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
