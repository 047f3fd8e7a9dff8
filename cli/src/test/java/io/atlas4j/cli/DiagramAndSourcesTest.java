package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ERD output of inspect and diff, and the sources that are not files: ext://, jpa:// and --dev-url offline. */
class DiagramAndSourcesTest {
    @TempDir
    Path dir;
    Path blog;

    @BeforeEach
    void blogDatabase() throws Exception {
        blog = dir.resolve("blog.db");
        Db.exec(blog, Files.readString(Db.blogSchema()));
    }

    @Test
    void inspectPrintsMermaidDotAndHtmlOfEveryTable() {
        List<String> tables = Db.names(blog, "table");
        for (String format : List.of("mermaid", "dot", "html")) {
            Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(blog), "--format", format);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).as(format).contains(tables);
        }
        assertThat(Cli.run("schema", "inspect", "--url", Db.url(blog), "--format", "mermaid").out()).startsWith("erDiagram");
        assertThat(Cli.run("schema", "inspect", "--url", Db.url(blog), "--format", "dot").out()).contains("digraph");
    }

    @Test
    void visualizeWritesASelfContainedPageAndPrintsItsPath() throws Exception {
        Path page = dir.resolve("erd.html");
        Cli.Result r = Cli.run("schema", "inspect", "--url", Db.url(blog), "--visualize", "--output", page.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(page.toString());
        String html = Files.readString(page);
        assertThat(html).contains("<svg").contains(Db.names(blog, "table")).doesNotContain("src=\"http", "href=\"http");
    }

    @Test
    void diffVisualizeKeepsThePlanOnStdoutAndWritesTheColouredPage() throws Exception {
        Path desired = Db.write(dir.resolve("desired.sql"), Files.readString(Db.blogSchema())
                + "\nCREATE TABLE audit_log (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n");
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.url(blog), "--to", Db.fileUrl(desired), "--visualize");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("CREATE TABLE").contains("audit_log").doesNotContain("Diagram:");
        String line = r.err().lines().filter(l -> l.startsWith("Diagram: ")).findFirst().orElseThrow();
        String html = Files.readString(Path.of(line.substring("Diagram: ".length())));
        assertThat(html).contains("audit_log");
    }

    @Test
    void externalProgramOutputIsTheDesiredSchema() {
        Path db = dir.resolve("ext.db");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--auto-approve",
                "--to", "ext://printf 'CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT NOT NULL);'");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("pets");
    }

    @Test
    void failingExternalProgramLeavesTheDatabaseUntouchedAndShowsItsStderr() {
        byte[] before = Db.bytes(blog);
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(blog), "--auto-approve",
                "--to", "ext://sh -c 'echo no such model >&2; exit 3'");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("exited with status 3").contains("no such model").contains("ext://sh -c");
        assertThat(r.out()).isEmpty();
        assertThat(Db.bytes(blog)).isEqualTo(before);
    }

    @Test
    void offlineDevUrlLoadsSqlWithoutADatabase() {
        Path desired = Db.write(dir.resolve("schema.sql"), """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
                CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id), title TEXT);
                CREATE INDEX posts_author ON posts (author);
                """);
        Path db = dir.resolve("offline.db");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--to", Db.fileUrl(desired), "--dev-url", "offline", "--auto-approve");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Db.names(db, "table")).containsExactly("posts", "users");
        // What was loaded offline agrees with what the database now holds: a second diff through a real dev database is empty.
        Cli.Result again = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired), "--dev-url", "offline");
        assertThat(again.out()).as(again.err()).isEqualTo(DiffCommand.SYNCED + "\n");
        Cli.Result viaDev = Cli.run("schema", "diff", "--from", Db.url(db), "--to", Db.fileUrl(desired));
        assertThat(viaDev.out()).as(viaDev.err()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    /** Two files and no database at all: --dialect says what they are written for. */
    @Test
    void twoFilesDiffOfflineWithTheDialectNamed() {
        Path before = Db.write(dir.resolve("before.sql"), "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        Path after = Db.write(dir.resolve("after.sql"), """
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name varchar(100));
                CREATE INDEX users_email ON users (email);
                """);
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.fileUrl(before), "--to", Db.fileUrl(after), "--dev-url", "offline",
                "--dialect", "postgres");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ALTER TABLE").contains("ADD COLUMN name character varying(100)")
                .contains("CREATE INDEX users_email ON users (email)");
        Cli.Result unnamed = Cli.run("schema", "diff", "--from", Db.fileUrl(before), "--to", Db.fileUrl(after), "--dev-url", "offline");
        assertThat(unnamed.exit()).isNotZero();
        assertThat(unnamed.err()).contains("--dialect");
        Cli.Result unknown = Cli.run("schema", "diff", "--from", Db.fileUrl(before), "--to", Db.fileUrl(after), "--dev-url", "offline",
                "--dialect", "oracle");
        assertThat(unknown.err()).contains("unknown dialect \"oracle\"");
        Cli.Result mismatch = Cli.run("schema", "diff", "--from", Db.url(dir.resolve("x.db")), "--to", Db.fileUrl(after), "--dialect", "postgres");
        assertThat(mismatch.exit()).isNotZero();
    }

    /** SQL Server without a server: T-SQL files diff through the dialect's own offline loader. */
    @Test
    void tsqlFilesDiffOfflineAsSqlServer() {
        Path before = Db.write(dir.resolve("before.sql"), """
                CREATE TABLE dbo.users (id INT IDENTITY(1,1) NOT NULL PRIMARY KEY, email NVARCHAR(200) NOT NULL);
                GO
                """);
        Path after = Db.write(dir.resolve("after.sql"), """
                CREATE TABLE dbo.users (
                  id INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
                  email NVARCHAR(200) NOT NULL,
                  active BIT NOT NULL CONSTRAINT df_users_active DEFAULT 1
                );
                GO
                CREATE INDEX ix_users_email ON dbo.users (email);
                GO
                """);
        Cli.Result r = Cli.run("schema", "diff", "--from", Db.fileUrl(before), "--to", Db.fileUrl(after), "--dev-url", "offline",
                "--dialect", "mssql");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ADD [active] bit NOT NULL CONSTRAINT [df_users_active] DEFAULT")
                .contains("CREATE NONCLUSTERED INDEX [ix_users_email] ON [users] ([email])");
        Cli.Result same = Cli.run("schema", "diff", "--from", Db.fileUrl(after), "--to", Db.fileUrl(after), "--dev-url", "offline",
                "--dialect", "mssql");
        assertThat(same.out()).as(same.err()).isEqualTo(DiffCommand.SYNCED + "\n");
    }

    /** An unreachable SQL Server is one connection error, its password masked. */
    @Test
    void unreachableSqlServerIsAConnectionErrorWithThePasswordMasked() {
        Cli.Result r = Cli.run("schema", "inspect", "--url", "sqlserver://sa:s3cretPw@127.0.0.1:1?database=app");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("sqlserver://sa:xxxxx@127.0.0.1:1").doesNotContain("s3cretPw");
    }

    @Test
    void jpaEntitiesOnAClassPathAreTheDesiredSchema() throws Exception {
        Files.createDirectories(dir.resolve("src/com/example/model"));
        Path src = Db.write(dir.resolve("src/com/example/model/Pet.java"), """
                package com.example.model;

                import jakarta.persistence.*;

                @Entity
                @Table(name = "pet")
                public class Pet {
                    @Id
                    Integer id;

                    @Column(nullable = false, length = 40)
                    String name;
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String api = Path.of(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        int status = javac.run(null, null, null, "-cp", api, "-d", classes.toString(), src.toString());
        assertThat(status).isZero();
        Path db = dir.resolve("jpa.db");
        Cli.Result r = Cli.run("schema", "apply", "--url", Db.url(db), "--auto-approve",
                "--to", "jpa://com.example.model?classpath=" + classes);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Db.names(db, "table")).contains("pet");
    }
}
