package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Atlas's {@code policy.diff}: change kinds never planned, and concurrent index builds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiffPolicy(SkipChanges skip, @JsonProperty("concurrent_index") ConcurrentIndex concurrentIndex) {
}
