package io.atlas4j.notify;

import java.util.Locale;

/** How a webhook's body is written. */
public enum PayloadFormat {
    /**
     * atlas4j's own JSON: {@code {"command", "target", "status": "succeeded"|"failed", "summary": [...],
     * "applied": [...], "error": null|"...", "durationMillis", "finishedAt"}}.
     */
    JSON {
        @Override
        String body(ApplyReport r) {
            return "{\"command\":" + Json.string(r.command())
                    + ",\"target\":" + Json.string(r.target())
                    + ",\"status\":" + Json.string(r.succeeded() ? "succeeded" : "failed")
                    + ",\"summary\":" + Json.strings(r.summary())
                    + ",\"applied\":" + Json.strings(r.applied())
                    + ",\"error\":" + r.error().map(Json::string).orElse("null")
                    + ",\"durationMillis\":" + r.duration().toMillis()
                    + ",\"finishedAt\":" + Json.string(r.finishedAt().toString()) + "}";
        }
    },
    /** A Slack incoming-webhook message: {@code {"text": "..."}} with the outcome and the first statements. */
    SLACK {
        @Override
        String body(ApplyReport r) {
            StringBuilder text = new StringBuilder();
            text.append(r.succeeded() ? ":white_check_mark: " : ":x: ").append("atlas4j ").append(r.command())
                    .append(r.succeeded() ? " succeeded on " : " failed on ").append(r.target())
                    .append(" in ").append(r.duration().toMillis()).append(" ms: ")
                    .append(r.applied().size()).append(" of ").append(r.summary().size()).append(" applied");
            r.error().ifPresent(e -> text.append("\n> ").append(e));
            int shown = Math.min(10, r.summary().size());
            if (shown > 0) {
                text.append("\n```");
                for (int i = 0; i < shown; i++) text.append('\n').append(r.summary().get(i));
                if (r.summary().size() > shown) text.append("\n… ").append(r.summary().size() - shown).append(" more");
                text.append("\n```");
            }
            return "{\"text\":" + Json.string(text.toString()) + "}";
        }
    };

    abstract String body(ApplyReport report);

    /** {@return the format named {@code json} or {@code slack}} */
    public static PayloadFormat of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown webhook format \"" + name + "\": use json or slack", e);
        }
    }
}
