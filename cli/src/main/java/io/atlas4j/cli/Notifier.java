package io.atlas4j.cli;

import io.atlas4j.notify.ApplyReport;
import io.atlas4j.notify.Delivery;
import io.atlas4j.notify.Webhook;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Tells the webhook of {@code --webhook} how an apply ended: once per apply, success or failure. A webhook that
 * is down costs one warning line on stderr; the apply's own outcome and exit status stay as they were.
 */
final class Notifier {
    private static final Notifier NONE = new Notifier(null, "", "", null);

    private final Webhook hook;
    private final String command;
    private final String target;
    private final PrintWriter err;
    private final long start = System.nanoTime();

    Notifier(Webhook hook, String command, String target, PrintWriter err) {
        this.hook = hook;
        this.command = command;
        this.target = target;
        this.err = err;
    }

    /** {@return a notifier that tells nobody} */
    static Notifier none() {
        return NONE;
    }

    /** {@return whether a webhook is to be told} */
    boolean active() {
        return hook != null;
    }

    /** Everything in {@code summary} took effect. */
    void succeeded(List<String> summary) {
        if (hook != null) send(ApplyReport.succeeded(command, target, summary, took()));
    }

    /** The apply failed after {@code applied} (a prefix of {@code summary}) took effect. */
    void failed(List<String> summary, List<String> applied, String error) {
        if (hook != null) send(ApplyReport.failed(command, target, summary, applied, error, took()));
    }

    private Duration took() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void send(ApplyReport report) {
        Delivery d = hook.send(report);
        if (d.delivered()) return;
        // The URL may carry a token (Slack's do): the warning names no more than the problem.
        err.println("Warning: the --webhook was not told about this " + command + " after " + d.attempts() + " attempt(s) ("
                + d.problem().orElse("no answer") + "); the " + command + " itself is unaffected.");
        err.flush();
    }
}
