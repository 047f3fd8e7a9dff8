package io.atlas4j.erd;

import io.atlas4j.testkit.Prerequisite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's WebSocket client: one
 * page, its console errors and exceptions collected, JavaScript evaluated, keys typed, screenshots taken.
 */
final class Chromium implements AutoCloseable {
    /** Debian's browser; {@code -Datlas4j.chromium=PATH} names another build. */
    static final Path BINARY = Path.of(System.getProperty("atlas4j.chromium", "/usr/bin/chromium"));
    private static final Pattern WS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private String session;

    /** Starts the browser, or skips (fails under CI=true) when Debian's chromium is not installed. */
    static Chromium start(int width, int height) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw Prerequisite.missing("the browser tests need Debian's chromium at " + BINARY
                    + " (apt-get install -y --no-install-recommends chromium)", null);
        }
        return new Chromium(width, height);
    }

    private Chromium(int width, int height) throws Exception {
        profile = Files.createTempDirectory("atlas4j-erd-chromium");
        process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String url = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        for (String line; url == null && System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = WS.matcher(line);
            if (m.find()) url = m.group(1);
        }
        if (url == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not open its DevTools port; it said:\n" + seen);
        }
        // Keep draining stderr so the browser never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) { /* discard */ }
            } catch (IOException ignored) {
                // the browser went away
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        Map<String, Object> target = browser("Target.createTarget", "{\"url\":\"about:blank\"}");
        Map<String, Object> attached = browser("Target.attachToTarget",
                "{\"targetId\":" + MiniJson.quote((String) target.get("targetId")) + ",\"flatten\":true}");
        session = (String) attached.get("sessionId");
        send("Runtime.enable", "{}");
        send("Log.enable", "{}");
        send("Page.enable", "{}");
        send("Emulation.setDeviceMetricsOverride",
                "{\"width\":" + width + ",\"height\":" + height + ",\"deviceScaleFactor\":1,\"mobile\":false}");
    }

    /** Opens {@code file} and waits until the page's script says it is ready. */
    void open(Path file) throws Exception {
        send("Page.navigate", "{\"url\":" + MiniJson.quote(file.toUri().toString()) + "}");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Object ready = eval("document.readyState === 'complete' && document.body && document.body.getAttribute('data-ready')");
            if (ready instanceof String) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the page did not become ready within " + TIMEOUT + "; errors: " + errors);
    }

    /** {@return the value of a JavaScript expression: a String, Double, Boolean or null} */
    Object eval(String expression) throws Exception {
        Map<String, Object> r = send("Runtime.evaluate",
                "{\"expression\":" + MiniJson.quote(expression) + ",\"returnByValue\":true,\"awaitPromise\":true}");
        if (r.containsKey("exceptionDetails")) throw new AssertionError("script failed: " + expression + ": " + r.get("exceptionDetails"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) r.get("result");
        return result.get("value");
    }

    /** Waits up to ten seconds for a JavaScript condition to hold (input events may land after their command returns). */
    void await(String condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Boolean.TRUE.equals(eval("!!(" + condition + ")"))) {
            if (System.nanoTime() > deadline) throw new AssertionError("still false after 10 s: " + condition);
            Thread.sleep(50);
        }
    }

    double number(String expression) throws Exception {
        return ((Number) eval(expression)).doubleValue();
    }

    /** Types text as key events into the focused element. */
    void type(String text) throws Exception {
        for (char c : text.toCharArray()) {
            String ch = MiniJson.quote(String.valueOf(c));
            send("Input.dispatchKeyEvent", "{\"type\":\"keyDown\",\"text\":" + ch + ",\"key\":" + ch + "}");
            send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\",\"key\":" + ch + "}");
        }
    }

    /** Presses and releases a named key, such as {@code Escape} (code 27) or {@code Enter} (13). */
    void key(String name, int code) throws Exception {
        String k = MiniJson.quote(name);
        send("Input.dispatchKeyEvent", "{\"type\":\"rawKeyDown\",\"key\":" + k + ",\"code\":" + k + ",\"windowsVirtualKeyCode\":" + code + "}");
        send("Input.dispatchKeyEvent", "{\"type\":\"keyUp\",\"key\":" + k + ",\"code\":" + k + ",\"windowsVirtualKeyCode\":" + code + "}");
    }

    /** Clicks at a point of the viewport. */
    void click(double x, double y) throws Exception {
        for (String type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            send("Input.dispatchMouseEvent", "{\"type\":\"" + type + "\",\"x\":" + x + ",\"y\":" + y
                    + ",\"button\":\"left\",\"clickCount\":1}");
        }
    }

    /** Turns the mouse wheel at a point of the viewport (negative deltaY zooms in on the page). */
    void wheel(double x, double y, double deltaY) throws Exception {
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseWheel\",\"x\":" + x + ",\"y\":" + y
                + ",\"deltaX\":0,\"deltaY\":" + deltaY + "}");
    }

    /** Presses the left button at one point, moves in steps to another, and releases. */
    void drag(double x1, double y1, double x2, double y2) throws Exception {
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\",\"x\":" + x1 + ",\"y\":" + y1 + "}");
        send("Input.dispatchMouseEvent", "{\"type\":\"mousePressed\",\"x\":" + x1 + ",\"y\":" + y1
                + ",\"button\":\"left\",\"buttons\":1,\"clickCount\":1}");
        for (int step = 1; step <= 5; step++) {
            double x = x1 + (x2 - x1) * step / 5;
            double y = y1 + (y2 - y1) * step / 5;
            send("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\",\"x\":" + x + ",\"y\":" + y
                    + ",\"button\":\"left\",\"buttons\":1}");
        }
        send("Input.dispatchMouseEvent", "{\"type\":\"mouseReleased\",\"x\":" + x2 + ",\"y\":" + y2
                + ",\"button\":\"left\",\"buttons\":0,\"clickCount\":1}");
    }

    void screenshot(Path file) throws Exception {
        Map<String, Object> r = send("Page.captureScreenshot", "{\"format\":\"png\"}");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) r.get("data")));
    }

    private Map<String, Object> browser(String method, String params) throws Exception {
        return call(null, method, params);
    }

    private Map<String, Object> send(String method, String params) throws Exception {
        return call(session, method, params);
    }

    private Map<String, Object> call(String sessionId, String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> f = new CompletableFuture<>();
        pending.put(id, f);
        String msg = "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params
                + (sessionId == null ? "" : ",\"sessionId\":\"" + sessionId + "\"") + "}";
        socket.sendText(msg, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private void received(String text) {
        Map<String, Object> m = (Map<String, Object>) MiniJson.parse(text);
        Object id = m.get("id");
        if (id != null) {
            CompletableFuture<Map<String, Object>> f = pending.remove(((Number) id).intValue());
            if (f == null) return;
            if (m.containsKey("error")) f.completeExceptionally(new AssertionError("DevTools error: " + m.get("error")));
            else f.complete((Map<String, Object>) m.get("result"));
            return;
        }
        String method = (String) m.get("method");
        Map<String, Object> params = (Map<String, Object>) m.get("params");
        if ("Runtime.exceptionThrown".equals(method)) errors.add("exception: " + params.get("exceptionDetails"));
        else if ("Runtime.consoleAPICalled".equals(method) && ("error".equals(params.get("type")) || "assert".equals(params.get("type")))) {
            errors.add("console." + params.get("type") + ": " + params.get("args"));
        } else if ("Log.entryAdded".equals(method)) {
            Map<String, Object> entry = (Map<String, Object>) params.get("entry");
            if ("error".equals(entry.get("level"))) errors.add("log: " + entry.get("text") + " " + entry.get("url"));
        }
    }

    private final class Listener implements WebSocket.Listener {
        // onText is the only callback that matters; the rest keep their defaults.
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                received(text);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
