package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.plan.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The README's Java example is {@link Migrate}, word for word, and it works. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeJavaBlockIsTheTestedExample() throws Exception {
        Path root = Path.of(System.getProperty("atlas4j.root", ".."));
        String readme = Files.readString(root.resolve("README.md"));
        Matcher m = Pattern.compile("```java\n((?:(?!```).)*?public final class Migrate \\{.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README.md has a ```java block with class Migrate").isTrue();
        String example = Files.readString(root.resolve("cli/src/test/java/io/atlas4j/cli/Migrate.java"));
        String body = example.replaceFirst("^package [\\w.]+;\\n\\n", "");
        assertThat(m.group(1)).isEqualTo(body);
    }

    @Test
    void exampleAppliesTheBlogSchemaThenFindsNothingToDo() {
        Path file = dir.resolve("blog.db");
        SQLiteDataSource db = new SQLiteDataSource();
        db.setUrl("jdbc:sqlite:" + file);

        Plan first = Migrate.migrate(db, Db.blogSchema());
        assertThat(first.statements()).isNotEmpty();
        assertThat(Db.names(file, "table")).containsExactly("comments", "post_tags", "posts", "tags", "users");
        assertThat(Db.names(file, "view")).containsExactly("published_posts");

        Plan second = Migrate.migrate(db, Db.blogSchema());
        assertThat(second.isEmpty()).isTrue();
    }
}
