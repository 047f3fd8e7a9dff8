package io.atlas4j.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook told after each apply. Each call is bounded: a connect and request timeout per attempt, and a
 * fixed number of attempts with a short pause between them; a 5xx answer or a network error is retried, a 4xx
 * is not. {@link #send} never throws: the apply it reports has already happened.
 *
 * <pre>{@code
 * Webhook hook = Webhook.to(URI.create("https://hooks.slack.com/services/…"), PayloadFormat.SLACK);
 * Delivery d = hook.send(ApplyReport.succeeded("schema apply", "postgres://app@db/app", statements, took));
 * }</pre>
 */
public final class Webhook {
    private static final Logger LOG = LoggerFactory.getLogger(Webhook.class);

    private final URI uri;
    private final PayloadFormat format;
    private final Duration timeout;
    private final int attempts;
    private final Duration pause;

    private Webhook(URI uri, PayloadFormat format, Duration timeout, int attempts, Duration pause) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.format = Objects.requireNonNull(format, "format");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.pause = Objects.requireNonNull(pause, "pause");
        if (attempts < 1) throw new IllegalArgumentException("a webhook needs at least one attempt, not " + attempts);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("webhook URL \"" + uri + "\" is not http:// or https://");
        }
        this.attempts = attempts;
    }

    /** {@return a webhook posting to {@code uri}: 5 s per attempt, 3 attempts, 500 ms apart} */
    public static Webhook to(URI uri, PayloadFormat format) {
        return new Webhook(uri, format, Duration.ofSeconds(5), 3, Duration.ofMillis(500));
    }

    /** {@return a copy waiting at most {@code timeout} per attempt, to connect and for the answer} */
    public Webhook timeout(Duration timeout) {
        return new Webhook(uri, format, timeout, attempts, pause);
    }

    /** {@return a copy trying at most {@code attempts} times, {@code pause} apart} */
    public Webhook attempts(int attempts, Duration pause) {
        return new Webhook(uri, format, timeout, attempts, pause);
    }

    /** {@return the body {@link #send} posts for {@code report}} */
    public String body(ApplyReport report) {
        return format.body(report);
    }

    /** Posts the report; {@return how it went} Never throws, and logs a failed delivery as a warning. */
    public Delivery send(ApplyReport report) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "atlas4j")
                .POST(HttpRequest.BodyPublishers.ofString(body(report))).build();
        String problem = "";
        int status = 0;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                if (status / 100 == 2) return new Delivery(true, attempt, status, Optional.empty());
                problem = "HTTP " + status;
                if (status / 100 == 4) return failed(attempt, status, problem);
            } catch (IOException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(attempt, status, "interrupted");
            }
            if (attempt < attempts && !sleep()) return failed(attempt, status, "interrupted");
        }
        return failed(attempts, status, problem);
    }

    private boolean sleep() {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Delivery failed(int attempt, int status, String problem) {
        LOG.warn("webhook {} not delivered after {} attempt(s): {}; the apply itself is unaffected", uri.getHost(), attempt, problem);
        return new Delivery(false, attempt, status, Optional.of(problem));
    }
}
