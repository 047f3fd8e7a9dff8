package io.atlas4j.hcl;

import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import java.util.List;
import java.util.stream.Collectors;

/** HCL input could not be parsed or failed the type checker; {@link #diagnostics()} lists every error found. */
public final class HclException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public HclException(List<Diagnostic> diagnostics) {
        super(AtlasErrorCode.PARSE, message(diagnostics), diagnostics.isEmpty() ? null : diagnostics.get(0).range().origin(), null);
        this.diagnostics = List.copyOf(diagnostics);
    }

    private static String message(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    /** {@return every error, in source order} */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
