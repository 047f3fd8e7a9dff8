package io.atlas4j.lsp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.atlas4j.hcl.HclDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectsTest {
    @Test
    void theFileNameDecidesFirst() {
        assertThat(Dialects.resolve("file:///p/a.pg.hcl", Optional.of(HclDialect.MYSQL))).isEqualTo(HclDialect.POSTGRES);
        assertThat(Dialects.resolve("file:///p/a.my.hcl", Optional.empty())).isEqualTo(HclDialect.MYSQL);
        assertThat(Dialects.resolve("file:///p/a.lt.hcl", Optional.empty())).isEqualTo(HclDialect.SQLITE);
        assertThat(Dialects.resolve("file:///p/schema.hcl", Optional.of(HclDialect.SQLITE))).isEqualTo(HclDialect.SQLITE);
        assertThat(Dialects.resolve("untitled:Untitled-1", Optional.empty())).isEqualTo(HclDialect.POSTGRES);
    }

    @Test
    void settingsNameTheDialectAtTheTopOrUnderAtlas4j() {
        JsonObject top = new JsonObject();
        top.addProperty("dialect", "mariadb");
        JsonObject nested = new JsonObject();
        JsonObject inner = new JsonObject();
        inner.addProperty("dialect", "sqlite");
        nested.add("atlas4j", inner);
        JsonObject unknown = new JsonObject();
        unknown.addProperty("dialect", "oracle");
        assertThat(Dialects.fromSettings(top)).hasValue(HclDialect.MYSQL);
        assertThat(Dialects.fromSettings(nested)).hasValue(HclDialect.SQLITE);
        assertThat(Dialects.fromSettings(unknown)).isEmpty();
        assertThat(Dialects.fromSettings(null)).isEmpty();
    }

    @Test
    void aNearbyProjectFileDecidesByItsDevUrl(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("atlas.hcl"), """
                env "local" {
                  src = "file://schema"
                  url = "postgres://localhost/app"
                  dev = "docker://mysql/8/dev"
                }
                """);
        Path schema = Files.createDirectories(dir.resolve("schema")).resolve("schema.hcl");
        assertThat(Dialects.resolve(schema.toUri().toString(), Optional.empty())).isEqualTo(HclDialect.MYSQL);
        assertThat(Dialects.resolve(schema.toUri().toString(), Optional.of(HclDialect.SQLITE))).isEqualTo(HclDialect.SQLITE);

        Files.writeString(dir.resolve("atlas.hcl"), "env \"x\" {\n  url = \"sqlite://file.db\"\n}\n");
        assertThat(Dialects.resolve(schema.toUri().toString(), Optional.empty())).isEqualTo(HclDialect.SQLITE);

        Files.writeString(dir.resolve("atlas.hcl"), "env \"x\" {\n  url = \"broken\n}\n");
        assertThat(Dialects.resolve(schema.toUri().toString(), Optional.empty())).isEqualTo(HclDialect.POSTGRES);
    }
}
