package io.atlas4j.error;

import java.util.List;

/** A schema is invalid; every problem is reported at once, not only the first. */
public final class SchemaValidationException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SchemaValidationException(List<Problem> problems) {
        super(AtlasErrorCode.INVALID_SCHEMA, "invalid schema: " + problems, null, null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
