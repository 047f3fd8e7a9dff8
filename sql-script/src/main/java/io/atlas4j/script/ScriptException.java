package io.atlas4j.script;

/**
 * A script the splitter cannot read: an empty delimiter, a {@code GO} line with something other
 * than a count, an unknown {@code atlas:txmode}. It extends {@link IllegalArgumentException}
 * because this module depends on java.base only; callers that know the file wrap it in their own
 * error (core turns it into a {@code SchemaParseException} naming {@code file:line:column}).
 */
public final class ScriptException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param line    the 1-based line of the problem
     * @param column  the 1-based column, or 0 when the whole line is meant
     * @param problem what is wrong and how to fix it
     */
    public ScriptException(int line, int column, String problem) {
        super((column > 0 ? line + ":" + column : String.valueOf(line)) + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** {@return what is wrong and how to fix it, without the position (for callers that print their own)} */
    public String problem() {
        return problem;
    }

    /** {@return the 1-based line of the problem} */
    public int line() {
        return line;
    }

    /** {@return the 1-based column of the problem, or 0 when the whole line is meant} */
    public int column() {
        return column;
    }
}
