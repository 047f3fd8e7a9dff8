package io.atlas4j.cli;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.notify.PayloadFormat;
import io.atlas4j.notify.Webhook;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Option;

/** {@code --webhook URL} and {@code --webhook-format json|slack}: who is told after an apply, and how. */
final class WebhookOptions {
    @Option(names = "--webhook", paramLabel = "URL",
            description = "Post a report to this http(s) URL after the apply, whether it succeeded or failed (not after a dry run)."
                    + " A webhook that cannot be reached prints a warning and never changes the exit status.")
    String url;

    @Option(names = "--webhook-format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (atlas4j's report, default) or slack (a Slack incoming-webhook message).")
    String format;

    /**
     * {@return who to tell about {@code command} on {@code target}; a notifier that tells nobody without --webhook}
     * Checked before anything runs: a malformed URL or format is an input error.
     */
    Notifier notifier(String command, String target, PrintWriter err) {
        PayloadFormat payload;
        try {
            payload = PayloadFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--webhook-format: " + e.getMessage());
        }
        if (url == null) return Notifier.none();
        try {
            return new Notifier(Webhook.to(new URI(url), payload), command, target, err);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new InvalidInputException("--webhook \"" + url + "\" is not an http:// or https:// URL: " + e.getMessage());
        }
    }
}
