package io.atlas4j.lsp.internal;

import io.atlas4j.hcl.Diagnostic;
import io.atlas4j.hcl.HclDialect;
import io.atlas4j.hcl.HclFile;
import io.atlas4j.hcl.HclVocabulary.AttributeInfo;
import java.util.List;
import java.util.Set;

/**
 * What the server knows about one kind of HCL file: the checker to run after the parser, and what to complete.
 * {@link #forFile} picks one by file name; a new kind of file is one more implementation and one more case there.
 */
public interface Vocabulary {
    /** {@return the checker's errors for a parsed file (syntax errors are reported before this is called)} */
    List<Diagnostic> check(HclFile file);

    /** {@return the block types allowed under a path of block types ({@code []} is the top level)} */
    List<String> blockTypes(List<String> path);

    /** {@return the attributes of the block at a path} */
    List<AttributeInfo> attributes(List<String> path);

    /** {@return the column type names to complete after {@code type =}} */
    Set<String> typeNames();

    /** {@return the vocabulary of a file, by its name: {@code atlas.hcl} is a project file, any other a schema} */
    static Vocabulary forFile(String fileName, HclDialect dialect) {
        if (ProjectVocabulary.FILE_NAME.equals(fileName)) {
            return ProjectVocabulary.INSTANCE;
        }
        return new SchemaVocabulary(dialect);
    }
}
