package io.atlas4j.hcl;

import java.util.Objects;

/** One parsed file: its name (as printed in diagnostics) and its top-level body. */
public record HclFile(String name, Body body) {
    public HclFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
