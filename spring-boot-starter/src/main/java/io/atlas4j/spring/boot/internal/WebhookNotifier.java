package io.atlas4j.spring.boot.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.notify.ApplyReport;
import io.atlas4j.notify.PayloadFormat;
import io.atlas4j.notify.Webhook;
import io.atlas4j.spring.boot.Atlas4jProperties;
import io.atlas4j.spring.boot.Atlas4jRun;
import io.atlas4j.spring.boot.Atlas4jRunListener;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** The {@code atlas4j.webhook.*} listener: posts each run to a {@link Webhook}, which never throws. */
public final class WebhookNotifier implements Atlas4jRunListener {
    private final Webhook webhook;
    private final URI uri;

    WebhookNotifier(Webhook webhook, URI uri) {
        this.webhook = Objects.requireNonNull(webhook, "webhook");
        this.uri = uri;
    }

    /** {@return the notifier the properties describe} A URL, format, timeout or attempt count that cannot work stops start-up, naming the property. */
    public static WebhookNotifier of(Atlas4jProperties.Webhook p) {
        URI uri;
        try {
            uri = URI.create(p.getUrl().strip());
        } catch (IllegalArgumentException e) {
            // the message says it all; the JDK's exception would only hide it as the root cause
            throw new InvalidInputException("atlas4j.webhook.url \"" + p.getUrl() + "\" is not a URL: " + e.getMessage());
        }
        PayloadFormat format;
        try {
            format = PayloadFormat.of(p.getFormat());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("atlas4j.webhook.format: " + e.getMessage());
        }
        Duration timeout = p.getTimeout();
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("atlas4j.webhook.timeout must be positive, got " + timeout);
        }
        try {
            return new WebhookNotifier(Webhook.to(uri, format).timeout(timeout).attempts(p.getAttempts(), Duration.ofMillis(500)), uri);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("atlas4j.webhook: " + e.getMessage() + " (check atlas4j.webhook.url and atlas4j.webhook.attempts)");
        }
    }

    @Override
    public void finished(Atlas4jRun run) {
        String command = "schema".equals(run.mode()) ? "schema apply" : "migrate apply";
        ApplyReport report = run.succeeded()
                ? ApplyReport.succeeded(command, run.target(), run.summary(), run.duration())
                : ApplyReport.failed(command, run.target(), run.summary(), run.applied(), run.error().orElse("failed"), run.duration());
        webhook.send(report);
    }

    @Override
    public String toString() {
        return "atlas4j webhook " + uri.getScheme() + "://" + uri.getHost();
    }
}
