package io.atlas4j.erd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity-relationship diagram: schemas as groups, tables and views as boxes, foreign keys and
 * view dependencies as lines, each with its {@link ErdMark}. Everything is sorted by schema and
 * name, so the same model always renders to the same text. Build one with {@link Erd}.
 */
public record ErdDiagram(String title, List<ErdGroup> groups, List<ErdNode> nodes, List<ErdEdge> edges) {
    public ErdDiagram {
        Objects.requireNonNull(title, "title");
        groups = List.copyOf(groups);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** {@return the box with this id} */
    public Optional<ErdNode> node(String id) {
        for (ErdNode n : nodes) if (n.id().equals(id)) return Optional.of(n);
        return Optional.empty();
    }

    /** {@return whether any element is marked added, changed or dropped} */
    public boolean isDiff() {
        return nodes.stream().anyMatch(n -> n.mark() != ErdMark.UNCHANGED)
                || edges.stream().anyMatch(e -> e.mark() != ErdMark.UNCHANGED);
    }

    /** {@return Mermaid {@code erDiagram} text} */
    public String mermaid() {
        return MermaidWriter.write(this);
    }

    /** {@return a Graphviz DOT digraph: one HTML-like table label per box, a cluster per schema} */
    public String dot() {
        return DotWriter.write(this);
    }

    /** {@return a self-contained HTML page (inline SVG, styles and script; no network) with search, pan/zoom and highlighting} */
    public String html() {
        return HtmlWriter.write(this, Layout.of(this));
    }

    /** {@return the diagram in {@code format}} */
    public String render(ErdFormat format) {
        return switch (format) {
            case MERMAID -> mermaid();
            case DOT -> dot();
            case HTML -> html();
        };
    }

    /**
     * Writes the HTML page to a new file {@code atlas4j-erd-*.html} in the system's temporary folder
     * and returns it: what {@code --visualize} prints.
     *
     * @throws UncheckedIOException when the temporary folder cannot be written
     */
    public Path writeHtml() {
        try {
            return writeHtml(Files.createTempFile("atlas4j-erd-", ".html"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the diagram page in " + System.getProperty("java.io.tmpdir")
                    + ": " + e.getMessage() + ": set java.io.tmpdir to a writable folder", e);
        }
    }

    /**
     * Writes the HTML page to {@code file} (UTF-8), creating its folder, and returns the file.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public Path writeHtml(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, html(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the diagram page " + file + ": " + e.getMessage()
                    + ": choose a writable path", e);
        }
    }
}
