package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import java.util.List;

/**
 * The desired state of a database's schema, named as Atlas's operator names it.
 *
 * @param urlFrom    the target database's URL ({@code postgres://…}, {@code mysql://…}, {@code sqlite://…} or {@code jdbc:…}), from a Secret
 * @param devURL     an empty database of the same engine to normalize the desired SQL in (default: SQLite in memory,
 *                   a scratch database on the target's server otherwise)
 * @param devURLFrom the dev database's URL from a Secret, when it holds a password
 * @param schema     the desired schema
 * @param schemas    the schemas to manage (default: the URL's)
 * @param exclude    tables ({@code name} or {@code schema.name}, globs allowed) left alone
 * @param policy     what a plan may do
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AtlasSchemaSpec(@Required UrlFrom urlFrom,
                              @JsonPropertyDescription("an empty database to normalize the desired SQL in") String devURL,
                              UrlFrom devURLFrom,
                              @Required SchemaSource schema,
                              @JsonPropertyDescription("the schemas to manage (default: the URL's)") List<String> schemas,
                              @JsonPropertyDescription("tables (name or schema.name, * and ? allowed) to leave alone") List<String> exclude,
                              SchemaPolicy policy) {
}
