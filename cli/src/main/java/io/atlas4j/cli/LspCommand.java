package io.atlas4j.cli;

import io.atlas4j.lsp.LanguageServers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code atlas4j lsp}: the HCL language server on stdin/stdout, for editors; stdout carries the protocol only. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Serve the Language Server Protocol over stdin/stdout for Atlas HCL files (diagnostics, completion).")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return LanguageServers.serve(System.in, System.out);
    }
}
