package io.atlas4j.lsp.internal;

import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.HclChecker;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.HclVocabulary;
import io.atlas4j.hcl.HclVocabulary.AttributeInfo;
import java.util.List;
import java.util.Set;

/** Schema files ({@code schema.hcl}, {@code *.pg.hcl}, ...): the hcl module's checker and spec, for one dialect. */
record SchemaVocabulary(HclDialect dialect) implements Vocabulary {
    @Override
    public List<Diagnostic> check(HclFile file) {
        return HclChecker.check(List.of(file), dialect);
    }

    @Override
    public List<String> blockTypes(List<String> path) {
        return HclVocabulary.schema().blockTypes(path);
    }

    @Override
    public List<AttributeInfo> attributes(List<String> path) {
        return HclVocabulary.schema().attributes(path, dialect);
    }

    @Override
    public Set<String> typeNames() {
        return HclVocabulary.typeNames(dialect);
    }
}
