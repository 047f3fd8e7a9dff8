package io.atlas4j.mysql;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.SchemaObject;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled event ({@code CREATE EVENT}), rebuilt from information_schema.EVENTS so that two
 * servers holding the same event produce the same record.
 *
 * @param schedule what follows {@code ON SCHEDULE}: {@code AT '2035-01-01 00:00:00'} or
 *                 {@code EVERY 1 DAY}, with {@code STARTS '...'} when one was given (a recurring event
 *                 without one starts when it is defined, which is not part of the schema) and
 *                 {@code ENDS '...'}
 * @param status   {@code ENABLE}, {@code DISABLE} or {@code DISABLE ON SLAVE}
 * @param preserve whether the event is kept after its last execution ({@code ON COMPLETION PRESERVE})
 * @param comment  the comment, empty when none
 * @param body     the statement after {@code DO}, as the server keeps it
 */
public record Event(String name, String schedule, String status, boolean preserve, String comment, String body, Attrs attrs)
        implements SchemaObject {
    public Event {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(attrs, "attrs");
    }

    @Override
    public String kind() {
        return "event";
    }

    /** {@return the {@code ENDS} part of the schedule, if any} */
    public Optional<String> ends() {
        int i = schedule.indexOf(" ENDS ");
        return i < 0 ? Optional.empty() : Optional.of(schedule.substring(i + 6));
    }
}
