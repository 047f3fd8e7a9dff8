package io.atlas4j.cli;

import java.io.Console;
import java.util.Optional;

/** The user's terminal, when one is attached: asks yes/no questions, and says whether progress may be shown. */
@FunctionalInterface
public interface Terminal {
    /** {@return the user's answer, or empty when no terminal is attached} */
    Optional<Boolean> confirm(String question);

    /**
     * {@return whether a person watches the output, so progress lines may be drawn on stderr} False by default:
     * pipes, files and CI logs never get progress.
     */
    default boolean attached() {
        return false;
    }

    /** A terminal that is never attached (scripts, CI). */
    static Terminal none() {
        return question -> Optional.empty();
    }

    /** The process's console, when there is one ({@link System#console()}: null when input or output is redirected). */
    static Terminal system() {
        return new Terminal() {
            @Override
            public Optional<Boolean> confirm(String question) {
                Console console = System.console();
                if (console == null) return Optional.empty();
                String answer = console.readLine("%s [y/N]: ", question);
                return Optional.of(answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes")));
            }

            @Override
            public boolean attached() {
                return System.console() != null;
            }
        };
    }
}
