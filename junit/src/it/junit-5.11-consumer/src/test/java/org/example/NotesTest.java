package org.example;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.junit.AtlasExtension;
import io.atlas4j.junit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotesTest {
    @RegisterExtension
    static AtlasExtension db = AtlasExtension.sqlite();

    /** Built, never used: the server factories must load without Testcontainers on the class path. */
    static AtlasExtension unused = AtlasExtension.postgres();

    @Test
    void runsOnTheProjectsJUnit() {
        assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo("5.11.4");
        assertThat(org.junit.platform.engine.TestEngine.class.getPackage().getImplementationVersion()).isEqualTo("1.11.4");
    }

    @Test
    void startUpBringsAFreshDatabaseToTheSchema(TestDatabase test, DataSource ds) throws Exception {
        assertThat(test.inspect()).doesNotHaveTable("notes");
        Notes notes = new Notes(ds);
        notes.add(1, "ada@example.org", "hello");
        assertThat(ds).isInSyncWith(Notes.SCHEMA);
        assertThat(test.inspect()).table("notes").hasForeignKeyTo("users").column("body").isNotNull();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM notes")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void eachTestGetsItsOwnDatabase(TestDatabase test) {
        assertThat(test.kind()).isEqualTo("sqlite");
        assertThat(test.inspect()).doesNotHaveTable("notes");
    }
}
