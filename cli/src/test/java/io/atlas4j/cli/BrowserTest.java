package io.atlas4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which program {@code --open} starts, and that one that cannot start is a warning, not a failure. */
class BrowserTest {
    private static final Path PAGE = Path.of("/tmp/erd.html");

    @Test
    void browserVariableWinsAndItsFirstEntryIsUsed() {
        assertThat(Browser.command(PAGE, Map.of("BROWSER", "firefox:chromium"), "Linux")).containsExactly("firefox", "file:///tmp/erd.html");
    }

    @Test
    void eachPlatformHasItsOpener() {
        assertThat(Browser.command(PAGE, Map.of(), "Linux")).containsExactly("xdg-open", "file:///tmp/erd.html");
        assertThat(Browser.command(PAGE, Map.of(), "Mac OS X")).containsExactly("open", "file:///tmp/erd.html");
        assertThat(Browser.command(PAGE, Map.of("BROWSER", ""), "Windows 11"))
                .containsExactly("rundll32", "url.dll,FileProtocolHandler", "file:///tmp/erd.html");
    }

    @Test
    void aBrowserThatCannotStartIsOneWarning() {
        StringWriter err = new StringWriter();
        Browser.open(PAGE, new PrintWriter(err), Map.of("BROWSER", "/no/such/browser-atlas4j"), "Linux");
        assertThat(err.toString()).startsWith("Warning: cannot open a browser with /no/such/browser-atlas4j file:///tmp/erd.html")
                .contains("open /tmp/erd.html yourself");
    }
}
