/**
 * Entity-relationship diagrams of a schema model, or of the difference between two: Mermaid
 * {@code erDiagram} text, Graphviz DOT, and a self-contained HTML page whose layout is computed here
 * (JGraphT) so the browser only draws.
 */
module io.atlas4j.erd {
    requires transitive io.atlas4j.schema;
    requires org.jgrapht.core;
    // Only the tests read core (they load the blog example and diff it); nothing here needs it at run time.
    requires static io.atlas4j.core;
    exports io.atlas4j.erd;
}
