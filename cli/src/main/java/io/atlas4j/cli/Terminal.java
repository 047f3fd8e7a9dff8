package io.atlas4j.cli;

import java.io.Console;
import java.util.Optional;

/** Asks the user a yes/no question when a terminal is attached. */
@FunctionalInterface
public interface Terminal {
    /** {@return the user's answer, or empty when no terminal is attached} */
    Optional<Boolean> confirm(String question);

    /** A terminal that is never attached (scripts, CI). */
    static Terminal none() {
        return question -> Optional.empty();
    }

    /** The process's console, when there is one ({@link System#console()}). */
    static Terminal system() {
        return question -> {
            Console console = System.console();
            if (console == null) return Optional.empty();
            String answer = console.readLine("%s [y/N]: ", question);
            return Optional.of(answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes")));
        };
    }
}
