package io.atlas4j.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An editor for tests: an LSP4J client connected over in-memory pipes to {@link LanguageServers#serve} running on
 * its own thread. Every wait is bounded.
 */
final class Editor implements LanguageClient, AutoCloseable {
    static final long TIMEOUT_SECONDS = 10;

    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    private final LanguageServer server;
    private final CompletableFuture<Integer> served;
    private final OutputStream toServer;
    private final OutputStream serverOut;

    Editor() throws IOException {
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(clientToServer.source());
        serverOut = Channels.newOutputStream(serverToClient.sink());
        served = CompletableFuture.supplyAsync(() -> LanguageServers.serve(serverIn, serverOut));
        toServer = Channels.newOutputStream(clientToServer.sink());
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this,
                Channels.newInputStream(serverToClient.source()), toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    InitializeResult initialize(Object initializationOptions) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setInitializationOptions(initializationOptions);
        InitializeResult result = await(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    LanguageServer server() {
        return server;
    }

    /** Opens a document and {@return the diagnostics the server publishes for it} */
    PublishDiagnosticsParams open(String uri, String text) throws InterruptedException {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "hcl", 1, text)));
        return nextDiagnostics(uri);
    }

    /** Replaces a document's text and {@return the diagnostics the server publishes for it} */
    PublishDiagnosticsParams change(String uri, int version, String text) throws InterruptedException {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
        return nextDiagnostics(uri);
    }

    List<CompletionItem> complete(String uri, int line, int character) throws Exception {
        return await(server.getTextDocumentService().completion(
                new CompletionParams(new TextDocumentIdentifier(uri), new Position(line, character)))).getLeft();
    }

    PublishDiagnosticsParams nextDiagnostics(String uri) throws InterruptedException {
        PublishDiagnosticsParams p = diagnostics.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics for " + uri + " within " + TIMEOUT_SECONDS + "s");
        }
        if (!p.getUri().equals(uri)) {
            throw new AssertionError("diagnostics for " + p.getUri() + ", expected " + uri);
        }
        return p;
    }

    /** Sends {@code shutdown} then {@code exit}, and {@return the exit code the server's serve returned} */
    int shutdownAndExit() throws Exception {
        await(server.shutdown());
        server.exit();
        return served.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** {@return the exit code serve returned, waiting a bounded time} */
    int served() throws Exception {
        return served.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    static <T> T await(CompletableFuture<T> f) throws InterruptedException, ExecutionException, TimeoutException {
        return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        toServer.close(); // ends serve, if exit did not
        served.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        serverOut.close(); // ends the client's listening
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
    }
}
