package io.atlas4j.hcl;

import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import java.util.List;

/**
 * A schema holds objects or attributes the HCL writer cannot express yet; {@link #unsupported()} lists each one,
 * so nothing is left out of the HCL silently.
 */
public final class HclWriteException extends AtlasException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> unsupported;

    public HclWriteException(List<String> unsupported) {
        super(AtlasErrorCode.UNSUPPORTED_CHANGE, "cannot write as HCL yet: " + String.join("; ", unsupported), null, null);
        this.unsupported = List.copyOf(unsupported);
    }

    /** {@return each object or attribute not written, as {@code table users: column id: attribute PgFoo[...]}} */
    public List<String> unsupported() {
        return unsupported;
    }
}
