package io.atlas4j.lsp;

import io.atlas4j.lsp.internal.Dialects;
import io.atlas4j.lsp.internal.HclDocuments;
import io.atlas4j.lsp.internal.Settings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server for Atlas's HCL files: diagnostics on open and change (full text sync) and completion.
 * {@link LanguageServers#serve} runs one over a pair of streams; embedders with their own LSP4J launcher can
 * {@link #connect} an instance themselves.
 */
public final class AtlasLanguageServer implements LanguageServer, LanguageClientAware {
    private final HclDocuments documents = new HclDocuments();
    private final Settings workspace = new Settings(documents);
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile boolean shutdown;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        documents.initialize(Dialects.fromSettings(params.getInitializationOptions()));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(TextDocumentSyncKind.Full);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of(".")));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("atlas4j")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    /** Completes on {@code exit} with the process exit code the protocol asks for: 0 after {@code shutdown}, else 1. */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }
}
