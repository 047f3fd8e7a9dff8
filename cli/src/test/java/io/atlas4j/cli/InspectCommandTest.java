package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;
    Path blog;

    @BeforeEach
    void blogDatabase() throws Exception {
        blog = dir.resolve("blog.db");
        Db.exec(blog, Files.readString(Db.blogSchema()));
    }

    @Test
    void sqlFormatRebuildsAnEquivalentDatabase() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(blog));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("CREATE TABLE", "CREATE VIEW", "CREATE TRIGGER", "CREATE UNIQUE INDEX");

        // What inspect prints, run on an empty database, builds the same schema.
        Path copy = dir.resolve("copy.db");
        Db.exec(copy, r.out());
        assertThat(Db.names(copy, "table")).isEqualTo(Db.names(blog, "table"));
        assertThat(Db.names(copy, "index")).isEqualTo(Db.names(blog, "index"));
        Cli.Result diff = Cli.run("schema", "diff", "--from", Db.url(blog), "--to", Db.url(copy));
        assertThat(diff.out()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonFormatIsWellFormedStableAndComplete() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(blog), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Object> json = (Map<String, Object>) JsonReader.parse(r.out().strip());
        assertThat(json).containsEntry("schema", "main").containsEntry("dialect", "sqlite");
        List<Map<String, Object>> tables = (List<Map<String, Object>>) json.get("tables");
        assertThat(tables).extracting(t -> t.get("name"))
                .containsExactlyInAnyOrderElementsOf(Db.names(blog, "table"));
        Map<String, Object> posts = tables.stream().filter(t -> t.get("name").equals("posts")).findFirst().orElseThrow();
        assertThat((List<Object>) posts.get("foreign_keys")).hasSize(1);
        assertThat((List<Object>) posts.get("checks")).hasSize(1);
        assertThat((List<Object>) json.get("views")).hasSize(1);
        assertThat((List<Map<String, Object>>) json.get("objects")).extracting(o -> o.get("kind")).contains("trigger");
        // Same database, same bytes.
        assertThat(Cli.run("schema", "inspect", "--url", Db.url(blog), "--format", "JSON").out()).isEqualTo(r.out());
    }

    @Test
    void emptyDatabasePrintsNoStatements() {
        Path empty = dir.resolve("empty.db");
        Db.exec(empty, "");
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(empty));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).doesNotContain("CREATE");
    }
}
