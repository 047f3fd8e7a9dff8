package io.atlas4j.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The third-party test data beside the clone ({@code ../shared}: corpora, conformance cases,
 * benchmark workloads). It is never copied into the repository, so a user's clone may lack it:
 * a suite that reads it then skips, naming the missing folder, unless {@code CI=true}.
 */
public final class SharedData {
    /** The system property the build sets to the shared folder ({@code ${maven.multiModuleProjectDirectory}/../shared}). */
    public static final String PROPERTY = "atlas4j.shared";

    private SharedData() {
    }

    /** {@return the shared folder: the {@value #PROPERTY} system property, else {@code ../shared}} */
    public static Path root() {
        String p = System.getProperty(PROPERTY);
        return (p == null || p.isBlank() ? Path.of("..", "shared") : Path.of(p)).toAbsolutePath().normalize();
    }

    /**
     * {@return the folder {@code relative} under the shared folder} Skips the calling test when it
     * is absent, or fails under {@code CI=true}.
     */
    public static Path folder(String relative) {
        return folder(root(), relative, Prerequisite.underCi());
    }

    static Path folder(Path root, String relative, boolean ci) {
        Path dir = root.resolve(relative).normalize();
        if (!Files.isDirectory(dir)) {
            throw Prerequisite.missing(dir + " is absent (the shared test data lives in ../shared beside the clone)", null, ci);
        }
        return dir;
    }
}
