package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** A key of a Secret in the resource's namespace, as in a Pod's {@code env[].valueFrom.secretKeyRef}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecretKeyRef(@Required @JsonPropertyDescription("the Secret's name") String name,
                           @Required @JsonPropertyDescription("the key whose value is used") String key) {
}
