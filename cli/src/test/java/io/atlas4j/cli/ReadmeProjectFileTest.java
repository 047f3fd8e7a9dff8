package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.hcl.HclFormatter;
import io.atlas4j.hcl.project.AtlasProject;
import io.atlas4j.hcl.project.Env;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's atlas.hcl example is a valid, formatted project file that means what the README says. */
class ReadmeProjectFileTest {
    @TempDir
    Path dir;

    @Test
    void readmeProjectFileLoads() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("atlas4j.root", "..")).resolve("README.md"));
        Matcher m = Pattern.compile("```hcl\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has a ```hcl block").isTrue();
        Path file = Files.writeString(dir.resolve("atlas.hcl"), m.group(1));
        assertThat(HclFormatter.format("atlas.hcl", m.group(1))).isEqualTo(m.group(1));
        Env local = AtlasProject.load(file, Map.of("db_pass", "pw"), Map.of("DEV_DATABASE_URL", "postgres://localhost/dev"))
                .env("local");
        assertThat(local.url()).contains("postgres://app:pw@localhost:5432/app?search_path=public");
        assertThat(local.dev()).contains("postgres://localhost/dev");
        assertThat(local.src()).containsExactly("file://" + dir.toAbsolutePath().resolve("schema.hcl"));
        assertThat(local.migration().format()).contains("atlas");
        assertThat(local.diff().skip()).containsExactly("drop_column");
        assertThat(local.lint().destructiveError()).contains(true);
    }
}
