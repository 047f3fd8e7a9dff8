package io.atlas4j.cli;

import io.atlas4j.ApplyListener;
import io.atlas4j.migrate.MigrationListener;
import io.atlas4j.migrate.MigrationProgress;
import io.atlas4j.plan.Statement;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Draws "statement i of n, elapsed" on stderr while an apply or a migration runs, one line redrawn in place.
 * Only for a person at a terminal: {@link #of} hands out a silent instance when none is attached, so pipes,
 * files and CI logs never see a carriage return.
 */
final class Progress implements ApplyListener, MigrationListener {
    /** Carriage return and erase-line: the next text replaces the current line. */
    private static final String REDRAW = "\r\033[K";
    private static final int SQL_WIDTH = 60;

    private final PrintWriter err;
    private final boolean on;
    private boolean drawn;

    private Progress(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** {@return a printer drawing on {@code err} when {@code terminal} is attached, else one that prints nothing} */
    static Progress of(Terminal terminal, PrintWriter err) {
        return new Progress(err, terminal.attached());
    }

    @Override
    public void starting(int index, int total, Statement statement, Duration elapsed) {
        draw("statement " + index + " of " + total + ", " + MigrateApplyCommand.format(elapsed) + ": " + shorten(statement.sql()));
    }

    @Override
    public void starting(MigrationProgress p) {
        draw("file " + p.file() + " of " + p.files() + " (" + p.name() + "), statement " + p.statement() + " of " + p.statements()
                + ", " + MigrateApplyCommand.format(p.elapsed()));
    }

    /** Erases the progress line, so what the command prints next starts on a clean line. */
    synchronized void clear() {
        if (!drawn) return;
        err.print(REDRAW);
        err.flush();
        drawn = false;
    }

    private synchronized void draw(String text) {
        if (!on) return;
        err.print(REDRAW + text);
        err.flush();
        drawn = true;
    }

    private static String shorten(String sql) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() <= SQL_WIDTH ? one : one.substring(0, SQL_WIDTH - 1) + "…";
    }
}
