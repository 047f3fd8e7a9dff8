package io.atlas4j.hcl;

import io.atlas4j.hcl.internal.HclParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses HCL2 native syntax into a positioned syntax tree. */
public final class Hcl {
    private Hcl() {
    }

    /**
     * {@return the parsed file}
     *
     * @param name the file name diagnostics print
     * @throws HclException at the first syntax error, as {@code name:line,col: message}
     */
    public static HclFile parse(String name, String source) {
        return HclParser.parse(name, source);
    }

    /** {@return the parsed file, named by its file name} */
    public static HclFile parse(Path path) {
        try {
            return parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
