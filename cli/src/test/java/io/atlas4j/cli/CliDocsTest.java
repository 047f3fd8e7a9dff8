package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.atlas4j.error.AtlasErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documentation of exit codes and JSON shapes agrees with what the CLI does. */
class CliDocsTest {
    private static final Path ROOT = Path.of(System.getProperty("atlas4j.root", ".."));
    private static final Pattern EXIT_ROW = Pattern.compile("^\\|\\s*(\\d+) \\|", Pattern.MULTILINE);
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([A-Za-z]+)(\\[\\])?` \\|", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void readmeAndCiPageListEveryExitStatus() throws Exception {
        Set<Integer> codes = new TreeSet<>(List.of(0));
        for (AtlasErrorCode c : AtlasErrorCode.values()) codes.add(c.exitStatus());
        for (String page : List.of("README.md", "docs/ci.md")) {
            String text = Files.readString(ROOT.resolve(page));
            String table = text.substring(text.indexOf("## Exit codes"));
            Set<Integer> listed = new TreeSet<>();
            Matcher m = EXIT_ROW.matcher(table);
            while (m.find()) listed.add(Integer.parseInt(m.group(1)));
            assertThat(listed).as(page).isEqualTo(codes);
        }
    }

    /** {@return the top-level fields the table of a section of docs/cli-json.md lists, in order} */
    private static List<String> documented(String heading) throws Exception {
        String text = Files.readString(ROOT.resolve("docs/cli-json.md"));
        int start = text.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIELD_ROW.matcher(text.substring(start, end < 0 ? text.length() : end));
        while (m.find()) out.add(m.group(1));
        return new ArrayList<>(out);
    }

    @Test
    void jsonDocumentsHoldExactlyTheDocumentedFields() throws Exception {
        Path db = dir.resolve("d.db");
        Db.exec(db, "");
        Path desired = Db.write(dir.resolve("s.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);");
        JsonObject diff = JsonOutputTest.document(Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired), "--format", "json"));
        assertThat(new ArrayList<>(diff.keySet())).isEqualTo(documented("## Plans"));
        JsonObject apply = JsonOutputTest.document(Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--dry-run", "--format", "json"));
        assertThat(new ArrayList<>(apply.keySet())).isEqualTo(documented("## Applies"));

        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Cli.run("migrate", "hash", "--dir", Db.fileUrl(migrations));
        JsonObject status = JsonOutputTest.document(Cli.run("migrate", "status", "--url", Db.url(db), "--dir", Db.fileUrl(migrations), "--format", "json"));
        assertThat(new ArrayList<>(status.keySet())).isEqualTo(documented("## Migration status"));
    }
}
