package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * A migration directory to keep applied to a database, named as Atlas's operator names it.
 *
 * @param urlFrom         the database's URL, from a Secret
 * @param dir             the migration files
 * @param format          the directory's format (default {@code atlas})
 * @param baseline        on a database with no revisions yet, the version taken as already applied
 * @param revisionsSchema the schema of the revision table (default: the connection's)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AtlasMigrationSpec(@Required UrlFrom urlFrom, @Required MigrationDir dir,
                                 @JsonPropertyDescription("atlas (default), flyway, golang-migrate, goose, dbmate or liquibase")
                                 @Pattern("^(atlas|flyway|golang-migrate|goose|dbmate|liquibase)$") String format,
                                 @JsonPropertyDescription("the version taken as applied on a database with no revisions yet") String baseline,
                                 @JsonPropertyDescription("the schema that holds the revision table") String revisionsSchema) {
}
