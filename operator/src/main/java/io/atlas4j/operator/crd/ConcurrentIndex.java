package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Atlas's {@code policy.diff.concurrent_index}: build (and drop) indexes concurrently where the database can. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConcurrentIndex(Boolean create, Boolean drop) {
}
