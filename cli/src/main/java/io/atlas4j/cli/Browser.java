package io.atlas4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens a written page in the user's browser, for {@code --visualize --open}: the program named by {@code $BROWSER}
 * (its first entry, as the convention allows a colon-separated list), else the platform's opener ({@code open} on
 * macOS, {@code xdg-open} elsewhere on Unix, the URL handler on Windows). Never fails a command: a browser that
 * cannot be started costs one warning, and the page's path is printed either way.
 */
final class Browser {
    private Browser() {
    }

    static void open(Path page, PrintWriter err) {
        open(page, err, System.getenv(), System.getProperty("os.name", ""));
    }

    static void open(Path page, PrintWriter err, Map<String, String> environment, String osName) {
        List<String> command = command(page, environment, osName);
        try {
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println("Warning: cannot open a browser with " + String.join(" ", command) + " (" + e.getMessage()
                    + "); open " + page + " yourself, or set BROWSER");
            err.flush();
        }
    }

    /** {@return the command that opens {@code page}} */
    static List<String> command(Path page, Map<String, String> environment, String osName) {
        String target = page.toAbsolutePath().toUri().toString();
        String browser = environment.getOrDefault("BROWSER", "").split(":")[0].strip();
        List<String> command = new ArrayList<>();
        String os = osName.toLowerCase(Locale.ROOT);
        if (!browser.isEmpty()) {
            command.add(browser);
        } else if (os.contains("mac")) {
            command.add("open");
        } else if (os.contains("win")) {
            command.addAll(List.of("rundll32", "url.dll,FileProtocolHandler"));
        } else {
            command.add("xdg-open");
        }
        command.add(target);
        return command;
    }
}
