package io.atlas4j.lsp.internal;

import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.HclVocabulary.AttributeInfo;
import io.atlas4j.hcl.HclVocabulary.ValueKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Project files ({@code atlas.hcl}): syntax errors only, and completion from the short lists below, until the hcl
 * module has a checked spec for project files; then this class delegates to it as {@link SchemaVocabulary} does.
 */
final class ProjectVocabulary implements Vocabulary {
    static final String FILE_NAME = "atlas.hcl";
    static final ProjectVocabulary INSTANCE = new ProjectVocabulary();

    /** The top-level block types of a project file. */
    private static final List<String> BLOCKS = List.of("env", "variable", "locals", "lint", "diff", "migration", "data");

    /** The attributes of blocks, by block type. */
    private static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "env", List.of("url", "dev", "src", "schemas", "exclude"));

    private ProjectVocabulary() {
    }

    @Override
    public List<Diagnostic> check(HclFile file) {
        return List.of();
    }

    @Override
    public List<String> blockTypes(List<String> path) {
        return path.isEmpty() ? BLOCKS : List.of();
    }

    @Override
    public List<AttributeInfo> attributes(List<String> path) {
        if (path.size() != 1) {
            return List.of();
        }
        return ATTRIBUTES.getOrDefault(path.get(0), List.of()).stream()
                .map(a -> new AttributeInfo(a, ValueKind.ANY, false))
                .toList();
    }

    @Override
    public Set<String> typeNames() {
        return Set.of();
    }

    @Override
    public String toString() {
        return "ProjectVocabulary[" + FILE_NAME + "]";
    }
}
