package io.atlas4j.notify;

import java.util.Optional;

/**
 * How a webhook call went: delivered (a 2xx answer) after {@code attempts} tries, or not, and why.
 * A failed delivery is reported, never thrown: a notification must not fail the apply it reports.
 */
public record Delivery(boolean delivered, int attempts, int status, Optional<String> problem) {
}
