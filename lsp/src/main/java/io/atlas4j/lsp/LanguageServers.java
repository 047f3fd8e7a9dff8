package io.atlas4j.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link AtlasLanguageServer} over streams, as {@code atlas4j lsp} does over stdin and stdout. */
public final class LanguageServers {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageServers.class);

    private LanguageServers() {
    }

    /**
     * Serves the Language Server Protocol on {@code in} and {@code out} until the client sends {@code exit} or
     * closes {@code in}, and {@return the exit code the protocol asks for}: 0 when {@code shutdown} came before
     * {@code exit}, 1 otherwise. Nothing but protocol messages is written to {@code out}: when it is
     * {@code System.out}, the caller must keep other output off it (logging goes to stderr). The server's threads
     * are daemons, so a caller that returns from {@code main} ends the process.
     *
     * <pre>{@code
     * System.exit(LanguageServers.serve(System.in, System.out));
     * }</pre>
     */
    public static int serve(InputStream in, OutputStream out) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "atlas4j-lsp-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AtlasLanguageServer server = new AtlasLanguageServer();
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(executor)
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (CancellationException | ExecutionException e) {
                LOG.debug("stopped listening", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.exitCode().complete(1); // input closed without exit
        }, executor);
        try {
            return server.exitCode().join();
        } finally {
            listening.cancel(true);
            executor.shutdownNow();
        }
    }
}
