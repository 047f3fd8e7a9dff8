package io.atlas4j.lsp.internal;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The workspace side: the {@code dialect} setting, and {@code atlas.hcl} files changing on disk. */
public final class Settings implements WorkspaceService {
    private final HclDocuments documents;

    public Settings(HclDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        documents.configure(Dialects.fromSettings(params.getSettings()));
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean project = params.getChanges().stream()
                .anyMatch(e -> Dialects.fileName(e.getUri()).equals(ProjectVocabulary.FILE_NAME));
        if (project) {
            documents.reresolve();
        }
    }
}
