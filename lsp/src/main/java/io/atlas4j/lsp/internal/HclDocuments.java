package io.atlas4j.lsp.internal;

import io.atlas4j.hcl.Hcl;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclException;
import io.atlas4j.hcl.HclFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open documents: each is parsed and checked on open and on every change, and its diagnostics published;
 * completion reads the current text. Documents are checked one at a time, each on its own (a reference into
 * another file of the folder is reported unresolved).
 */
public final class HclDocuments implements TextDocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(HclDocuments.class);
    private static final String SOURCE = "atlas4j";

    private record Doc(String uri, String text, int version, Vocabulary vocabulary) {
    }

    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private volatile LanguageClient client;
    private volatile Optional<HclDialect> initialized = Optional.empty();
    private volatile Optional<HclDialect> configured = Optional.empty();

    /** Sets the client diagnostics are published to. */
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    /** Sets the {@code dialect} of the client's {@code initializationOptions}. */
    public void initialize(Optional<HclDialect> dialect) {
        initialized = dialect;
    }

    /**
     * Sets the {@code dialect} of the workspace configuration (which wins over {@code initializationOptions}; without
     * one, those apply again) and checks every open document again.
     */
    public synchronized void configure(Optional<HclDialect> dialect) {
        configured = dialect;
        reresolve();
    }

    /** Picks every open document's dialect again (an {@code atlas.hcl} changed) and checks it. */
    public synchronized void reresolve() {
        for (Doc d : List.copyOf(docs.values())) {
            open(d.uri(), d.text(), d.version());
        }
    }

    @Override
    public synchronized void didOpen(DidOpenTextDocumentParams params) {
        open(params.getTextDocument().getUri(), params.getTextDocument().getText(), params.getTextDocument().getVersion());
    }

    private void open(String uri, String text, int version) {
        String name = Dialects.fileName(uri);
        Vocabulary vocabulary = Vocabulary.forFile(name, Dialects.resolve(uri, configured.or(() -> initialized)));
        LOG.debug("{}: {}", uri, vocabulary);
        Doc d = new Doc(uri, text, version, vocabulary);
        docs.put(uri, d);
        publish(d);
    }

    @Override
    public synchronized void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Doc d = docs.get(uri);
        if (d == null) {
            LOG.warn("change to a document that is not open: {}", uri);
            return;
        }
        String text = d.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            if (change.getRange() == null) {
                text = change.getText();
            } else { // the client sent a range although the server asked for full text: apply it
                LineIndex lines = new LineIndex(text);
                text = text.substring(0, lines.offset(change.getRange().getStart())) + change.getText()
                        + text.substring(lines.offset(change.getRange().getEnd()));
            }
        }
        Doc changed = new Doc(uri, text, params.getTextDocument().getVersion(), d.vocabulary());
        docs.put(uri, changed);
        publish(changed);
    }

    @Override
    public synchronized void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        docs.remove(uri);
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public synchronized void didSave(DidSaveTextDocumentParams params) {
        if (Dialects.fileName(params.getTextDocument().getUri()).equals(ProjectVocabulary.FILE_NAME)) {
            reresolve();
        }
    }

    @Override
    public synchronized CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        Doc d = docs.get(params.getTextDocument().getUri());
        if (d == null) {
            return CompletableFuture.completedFuture(Either.forLeft(List.of()));
        }
        int offset = new LineIndex(d.text()).offset(params.getPosition());
        List<CompletionItem> items = Completions.at(d.text(), offset, d.vocabulary());
        return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    private void publish(Doc d) {
        LanguageClient c = client;
        if (c == null) {
            return;
        }
        c.publishDiagnostics(new PublishDiagnosticsParams(d.uri(), diagnostics(d), d.version()));
    }

    private static List<Diagnostic> diagnostics(Doc d) {
        List<io.atlas4j.hcl.Diagnostic> found;
        try {
            HclFile file = Hcl.parse(Dialects.fileName(d.uri()), d.text());
            found = d.vocabulary().check(file);
        } catch (HclException e) {
            found = e.diagnostics();
        } catch (RuntimeException e) { // a bug of the parser or checker must not take the server down
            LOG.error("checking {} failed", d.uri(), e);
            return List.of();
        }
        LineIndex lines = new LineIndex(d.text());
        List<Diagnostic> out = new ArrayList<>();
        for (io.atlas4j.hcl.Diagnostic f : found) {
            Diagnostic diagnostic = new Diagnostic(lines.range(f.range()), f.message(), DiagnosticSeverity.Error, SOURCE);
            out.add(diagnostic);
        }
        return out;
    }
}
