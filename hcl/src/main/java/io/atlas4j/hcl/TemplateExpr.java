package io.atlas4j.hcl;

import java.util.List;
import java.util.Optional;

/**
 * A quoted string or a heredoc: literal text interleaved with {@code ${...}} interpolations. A part is either a
 * {@link String} or an {@link Expr}. {@code heredoc} is the heredoc's marker ({@code EOT}), or null for quotes.
 */
public record TemplateExpr(List<Object> parts, String heredoc, Range range) implements Expr {
    public TemplateExpr {
        parts = List.copyOf(parts);
        for (Object p : parts) {
            if (!(p instanceof String) && !(p instanceof Expr)) {
                throw new IllegalArgumentException("template part must be a String or an Expr: " + p);
            }
        }
    }

    /** {@return the text when the template has no interpolation} */
    public Optional<String> literal() {
        if (parts.isEmpty()) {
            return Optional.of("");
        }
        if (parts.size() == 1 && parts.get(0) instanceof String s) {
            return Optional.of(s);
        }
        return Optional.empty();
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.template(this);
    }
}
