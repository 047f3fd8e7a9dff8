package io.atlas4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpaUrlTest {
    @TempDir
    Path dir;

    @Test
    void packagesAndClassPathWithJarWildcard() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("b.jar"), "");
        Files.writeString(lib.resolve("a.jar"), "");
        Files.writeString(lib.resolve("notes.txt"), "");
        JpaUrl url = JpaUrl.parse("jpa://com.example.model,com.example.more?classpath=" + classes + File.pathSeparator + lib + "/*");
        assertThat(url.packages()).containsExactly("com.example.model", "com.example.more");
        assertThat(url.unit()).isEmpty();
        assertThat(url.classPath()).containsExactly(classes, lib.resolve("a.jar"), lib.resolve("b.jar"));
    }

    @Test
    void persistenceUnitWithoutClassPath() {
        assertThat(JpaUrl.parse("jpa://?unit=shop")).isEqualTo(new JpaUrl(List.of(), Optional.of("shop"), List.of()));
        assertThat(JpaUrl.isJpa("jpa://x")).isTrue();
        assertThat(JpaUrl.isJpa("file://schema.sql")).isFalse();
    }

    @Test
    void hibernateParametersAreExportSettings() {
        JpaUrl url = JpaUrl.parse("jpa://io.atlas4j.jpa.shop?hibernate.globally_quoted_identifiers=true"
                + "&jakarta.persistence.schema-generation.create-source=metadata");
        assertThat(url.properties()).containsEntry("hibernate.globally_quoted_identifiers", "true")
                .containsEntry("jakarta.persistence.schema-generation.create-source", "metadata");
        io.atlas4j.sqlite.SqliteDialect sqlite = io.atlas4j.sqlite.SqliteDialect.create();
        String quoted = url.model(getClass().getClassLoader()).ddl(sqlite);
        String plain = JpaUrl.parse("jpa://io.atlas4j.jpa.shop").model(getClass().getClassLoader()).ddl(sqlite);
        assertThat(quoted).contains("create table \"orders\"");
        assertThat(plain).contains("create table orders").doesNotContain("\"orders\"");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> JpaUrl.parse("jpa://")).isInstanceOf(InvalidInputException.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> JpaUrl.parse("jpa://a.b?unit=shop")).hasMessageContaining("not both");
        assertThatThrownBy(() -> JpaUrl.parse("jpa://com/example")).hasMessageContaining("\"com/example\"").hasMessageContaining("not a Java package");
        assertThatThrownBy(() -> JpaUrl.parse("jpa://a.b?clspath=x")).hasMessageContaining("[clspath]").hasMessageContaining("classpath, unit and Hibernate settings");
        assertThatThrownBy(() -> JpaUrl.parse("jpa://a.b?classpath=" + dir.resolve("missing")))
                .hasMessageContaining("\"" + dir.resolve("missing") + "\" does not exist");
        assertThatThrownBy(() -> JpaUrl.parse("file://x.sql")).hasMessageContaining("not a jpa:// URL");
    }
}
