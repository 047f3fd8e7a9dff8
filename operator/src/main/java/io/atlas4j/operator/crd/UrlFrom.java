package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/** Where a database URL comes from: a Secret, so the password never sits in the resource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UrlFrom(@Required SecretKeyRef secretKeyRef) {
}
