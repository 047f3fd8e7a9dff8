package io.atlas4j.migrate.dir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;

/** Writing small migration directories in tests, and reading their problems back. */
final class Dirs {
    private Dirs() {
    }

    /** Writes {@code name, content, name, content, ...} under {@code dir} and returns {@code dir}. */
    static Path write(Path dir, String... namesAndContents) {
        try {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                Path f = dir.resolve(namesAndContents[i]);
                Files.createDirectories(f.getParent());
                Files.write(f, namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the problems of the MigrationDirectoryException {@code call} throws} */
    static List<DirectoryProblem> problems(ThrowableAssert.ThrowingCallable call) {
        MigrationDirectoryException[] caught = new MigrationDirectoryException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(MigrationDirectoryException.class, e -> caught[0] = e);
        return caught[0].problems();
    }

    static String text(MigrationDirectory dir, String name) {
        return dir.entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .map(e -> new String(e.bytes(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError("no entry " + name));
    }
}
