package io.atlas4j.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DirectoryFormatTest {
    @Test
    void everyFormatParsesFromAtlasName() {
        assertThat(DirectoryFormat.parse("atlas")).isEqualTo(DirectoryFormat.ATLAS);
        assertThat(DirectoryFormat.parse("flyway")).isEqualTo(DirectoryFormat.FLYWAY);
        assertThat(DirectoryFormat.parse("golang-migrate")).isEqualTo(DirectoryFormat.GOLANG_MIGRATE);
        assertThat(DirectoryFormat.parse("goose")).isEqualTo(DirectoryFormat.GOOSE);
        assertThat(DirectoryFormat.parse("dbmate")).isEqualTo(DirectoryFormat.DBMATE);
        assertThat(DirectoryFormat.parse(" Liquibase ")).isEqualTo(DirectoryFormat.LIQUIBASE);
        for (DirectoryFormat f : DirectoryFormat.values()) assertThat(DirectoryFormat.parse(f.id())).isEqualTo(f);
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> DirectoryFormat.parse("sqitch"))
                .isInstanceOfSatisfying(MigrationDirectoryException.class,
                        e -> assertThat(e.problems()).extracting(DirectoryProblem::kind).containsExactly(DirectoryProblem.Kind.UNKNOWN_FORMAT))
                .hasMessageContaining("\"sqitch\"")
                .hasMessageContaining("atlas, flyway, golang-migrate, goose, dbmate, liquibase");
    }

    @Test
    void onlyFlywayReadsSubFolders() {
        for (DirectoryFormat f : DirectoryFormat.values()) assertThat(f.readsSubFolders()).isEqualTo(f == DirectoryFormat.FLYWAY);
    }
}
