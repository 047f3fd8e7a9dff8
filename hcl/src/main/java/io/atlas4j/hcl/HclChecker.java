package io.atlas4j.hcl;

import io.atlas4j.hcl.internal.Checker;
import java.util.List;

/** The type checker for Atlas's HCL schema language. */
public final class HclChecker {
    private HclChecker() {
    }

    /**
     * {@return every error in the files (empty when they are valid), in file and position order}. Files are checked
     * together, so a reference may point into another file of the same folder.
     */
    public static List<Diagnostic> check(List<HclFile> files, HclDialect dialect) {
        return Checker.check(files, dialect);
    }

    /** Parses and checks; @throws HclException listing every error */
    public static HclFile parseAndCheck(String name, String source, HclDialect dialect) {
        HclFile f = Hcl.parse(name, source);
        List<Diagnostic> errors = check(List.of(f), dialect);
        if (!errors.isEmpty()) {
            throw new HclException(errors);
        }
        return f;
    }
}
