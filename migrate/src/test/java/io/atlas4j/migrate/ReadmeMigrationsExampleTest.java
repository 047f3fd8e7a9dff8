package io.atlas4j.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The README's start-up migrations example is {@link StartupMigrations}, word for word, and it works from the class path. */
class ReadmeMigrationsExampleTest {
    @TempDir
    Path tmp;

    @Test
    void readmeBlockIsTheTestedExample() throws Exception {
        Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", "..")).toAbsolutePath();
        if (!Files.exists(root.resolve("README.md"))) root = Path.of("..").toAbsolutePath();
        String readme = Files.readString(root.resolve("README.md"));
        Matcher m = Pattern.compile("```java\n((?:(?!```).)*?public final class StartupMigrations \\{.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has the StartupMigrations example").isTrue();
        String example = Files.readString(root.resolve("migrate/src/test/java/io/atlas4j/migrate/StartupMigrations.java"));
        assertThat(m.group(1)).isEqualTo(example.replaceFirst("^package [\\w.]+;\\n\\n", ""));
    }

    @Test
    void exampleAppliesTheClasspathDirectoryOnce() throws Exception {
        SQLiteDataSource db = new SQLiteDataSource();
        db.setUrl("jdbc:sqlite:" + tmp.resolve("app.db"));
        assertThat(StartupMigrations.migrate(db)).isEqualTo("2");
        assertThat(StartupMigrations.migrate(db)).isEqualTo("2");
        try (Connection c = db.getConnection()) {
            assertThat(TestDatabases.rows(c, "SELECT version, script FROM flyway_schema_history ORDER BY installed_rank"))
                    .containsExactly("1|V1__users.sql", "2|V2__email.sql");
        }
    }
}
