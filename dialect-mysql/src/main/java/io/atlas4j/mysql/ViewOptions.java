package io.atlas4j.mysql;

import io.atlas4j.schema.Attr;
import java.util.Objects;

/** A view's options that differ from the defaults (algorithm UNDEFINED, security DEFINER, no check option). */
public record ViewOptions(String algorithm, String security, String checkOption) implements Attr {
    public static final ViewOptions DEFAULTS = new ViewOptions("UNDEFINED", "DEFINER", "NONE");

    public ViewOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(checkOption, "checkOption");
    }
}
