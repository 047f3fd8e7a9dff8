/** The atlas4j command line over core and every dialect found on the class path. */
module io.atlas4j.cli {
    requires io.atlas4j.core;
    requires io.atlas4j.migrate;
    requires io.atlas4j.hcl;
    requires io.atlas4j.lsp;
    requires io.atlas4j.notify;
    requires io.atlas4j.erd;
    requires io.atlas4j.jpa;
    requires info.picocli;
    opens io.atlas4j.cli to info.picocli;
}
