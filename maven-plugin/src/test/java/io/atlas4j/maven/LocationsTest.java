package io.atlas4j.maven;

import io.atlas4j.migrate.DirectoryUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.migrate.dir.DirectoryFormat;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationsTest {
    private final Locations at = new Locations(Path.of("/project"));

    @Test
    void fileSourcesAreRelativeToTheProject() {
        assertThat(at.source("file://src/main/db/schema.sql")).isEqualTo("file:///project/src/main/db/schema.sql");
        assertThat(at.source("file:///abs/schema.sql")).isEqualTo("file:///abs/schema.sql");
        assertThat(at.source("postgres://h/db")).isEqualTo("postgres://h/db");
        assertThatThrownBy(() -> at.source("file://")).isInstanceOf(InvalidInputException.class).hasMessageContaining("without a path");
        assertThatThrownBy(() -> at.source(" ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty schema source");
    }

    @Test
    void sqliteFilesAreRelativeToTheProject() {
        assertThat(at.database("sqlite://target/app.db")).isEqualTo("sqlite:///project/target/app.db");
        assertThat(at.database("sqlite://target/app.db?_fk=1")).isEqualTo("sqlite:///project/target/app.db?_fk=1");
        assertThat(at.database("sqlite:///tmp/app.db")).isEqualTo("sqlite:///tmp/app.db");
        assertThat(at.database("sqlite://:memory:")).isEqualTo("sqlite://:memory:");
        assertThat(at.database("mysql://root@localhost/app")).isEqualTo("mysql://root@localhost/app");
        assertThat(at.database(null)).isNull();
        assertThat(Locations.sqliteFile("sqlite:///project/target/app.db?x=1")).contains(Path.of("/project/target/app.db"));
        assertThat(Locations.sqliteFile("sqlite://:memory:")).isEqualTo(Optional.empty());
        assertThat(Locations.sqliteFile("postgres://h/db")).isEqualTo(Optional.empty());
    }

    @Test
    void migrationDirectoriesTakeAFormat() {
        assertThat(at.dir("file://migrations")).isEqualTo(new DirectoryUrl(Path.of("/project/migrations"), DirectoryFormat.ATLAS));
        assertThat(at.dir("db/migration")).isEqualTo(new DirectoryUrl(Path.of("/project/db/migration"), DirectoryFormat.ATLAS));
        assertThat(at.dir("file://db/migration?format=flyway").format()).isEqualTo(DirectoryFormat.FLYWAY);
        assertThat(at.dir("file://db/migration?format=flyway")).hasToString("file:///project/db/migration?format=flyway");
        assertThatThrownBy(() -> at.dir("s3://bucket/migrations")).isInstanceOf(InvalidInputException.class).hasMessageContaining("not a file:// URL");
        assertThatThrownBy(() -> at.dir("file://m?dialect=x")).isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown parameter \"dialect\"");
    }
}
