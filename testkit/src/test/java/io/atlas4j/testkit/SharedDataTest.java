package io.atlas4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
    @TempDir
    Path root;

    @Test
    void presentFolderIsReturned() throws Exception {
        Files.createDirectories(root.resolve("corpora/sqlite"));
        assertThat(SharedData.folder(root, "corpora/sqlite", true)).isEqualTo(root.resolve("corpora/sqlite"));
    }

    @Test
    void missingFolderSkipsOutsideCiNamingTheFolder() {
        assertThatThrownBy(() -> SharedData.folder(root, "conformance", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(root.resolve("conformance").toString());
    }

    @Test
    void missingFolderFailsUnderCi() {
        assertThatThrownBy(() -> SharedData.folder(root, "conformance", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(root.resolve("conformance").toString())
                .hasMessageContaining("CI=true");
    }
}
