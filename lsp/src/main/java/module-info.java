/**
 * A Language Server Protocol server for Atlas's HCL files, over Eclipse LSP4J: diagnostics from the hcl module's
 * parser and checker, and completion of block types, attributes, column types and references.
 */
module io.atlas4j.lsp {
    requires io.atlas4j.hcl;
    // LSP4J's jars are automatic modules (named after the jar); the server's public types speak LSP4J's types.
    requires transitive org.eclipse.lsp4j;
    requires transitive org.eclipse.lsp4j.jsonrpc;
    requires com.google.gson;
    requires org.slf4j;
    exports io.atlas4j.lsp;
}
