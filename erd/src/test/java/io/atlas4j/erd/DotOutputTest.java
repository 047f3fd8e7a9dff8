package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Realm;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** DOT output read back with a DOT parser; labels read with an XML parser, so escaping is checked by decoding. */
class DotOutputTest {
    private final Realm shop = SampleSchemas.shop();
    private final ErdDiagram diagram = Erd.of(shop);
    private final DotParser.Graph graph = DotParser.parse(diagram.dot());

    private static Element label(DotParser.Node n) throws Exception {
        String html = n.attrs().get("label");
        assertThat(html).startsWith("<").endsWith(">");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html.substring(1, html.length() - 1))));
        return doc.getDocumentElement();
    }

    private static List<String> cells(Element table, int column) {
        List<String> out = new ArrayList<>();
        NodeList rows = table.getElementsByTagName("TR");
        for (int r = 1; r < rows.getLength(); r++) {
            out.add(((Element) rows.item(r)).getElementsByTagName("TD").item(column).getTextContent());
        }
        return out;
    }

    @Test
    void oneNodePerTableInItsSchemasCluster() throws Exception {
        assertThat(graph.clusters()).hasSize(2);
        assertThat(graph.clusterLabels().values()).containsExactly("<<B>billing 100%</B>>", "<<B>main</B>>");
        assertThat(graph.nodes()).hasSize(diagram.nodes().size());
        for (ErdNode n : diagram.nodes()) {
            DotParser.Node parsed = graph.nodes().get(n.id());
            Element table = label(parsed);
            // Decoded text equals the real names: quotes, ampersands and angle brackets survive.
            assertThat(table.getElementsByTagName("TD").item(0).getTextContent()).startsWith(n.name());
            assertThat(cells(table, 0)).containsExactlyElementsOf(n.fields().stream().map(ErdField::name).toList());
            assertThat(cells(table, 1)).containsExactlyElementsOf(n.fields().stream().map(ErdField::type).toList());
            assertThat(parsed.attrs().get("tooltip")).isEqualTo(n.qualifiedName().replace("\\", "\\\\"));
            String schema = n.schema();
            int cluster = schema.equals("billing 100%") ? 0 : 1;
            assertThat(parsed.cluster()).isEqualTo("cluster_" + cluster);
        }
        Element orders = label(graph.nodes().get(diagram.nodes().stream().filter(n -> n.name().startsWith("orders")).findFirst().orElseThrow().id()));
        assertThat(cells(orders, 0)).contains("total<&>");
        assertThat(cells(orders, 2)).containsExactly("PK NN", "FK NN", "FK", " ");
    }

    @Test
    void foreignKeysRunFromTheirColumnToTheReferencedColumn() {
        List<DotParser.Edge> edges = graph.edges();
        assertThat(edges).hasSize(diagram.edges().size());
        long fks = 0;
        for (int k = 0; k < edges.size(); k++) {
            DotParser.Edge parsed = edges.get(k);
            ErdEdge e = diagram.edges().get(k);
            assertThat(List.of(parsed.from(), parsed.to())).containsExactly(e.from(), e.to());
            if (e.kind() != ErdEdge.Kind.FOREIGN_KEY) {
                assertThat(parsed.attrs()).containsEntry("style", "dashed");
                continue;
            }
            fks++;
            ErdNode from = diagram.node(e.from()).orElseThrow();
            ErdNode to = diagram.node(e.to()).orElseThrow();
            assertThat(from.fields().get(Integer.parseInt(parsed.fromPort().substring(1))).name()).isEqualTo(e.columns().get(0));
            assertThat(to.fields().get(Integer.parseInt(parsed.toPort().substring(1))).name()).isEqualTo(e.refColumns().get(0));
        }
        assertThat(fks).isEqualTo(SampleSchemas.foreignKeys(shop));
        Map<String, String> customer = edgeNamed("orders_customer").attrs();
        assertThat(customer).containsEntry("arrowtail", "crowodot").containsEntry("arrowhead", "teetee");
        assertThat(edgeNamed("orders_parent").attrs()).containsEntry("arrowhead", "teeodot");
        assertThat(edgeNamed("profiles_customer").attrs()).containsEntry("arrowtail", "teeodot");
    }

    private DotParser.Edge edgeNamed(String fk) {
        int k = 0;
        for (ErdEdge e : diagram.edges()) {
            if (e.name().equals(fk)) return graph.edges().get(k);
            k++;
        }
        throw new AssertionError("no edge " + fk);
    }

    @Test
    void aThousandTablesParse() {
        Realm realm = SampleSchemas.generated(1000, 5);
        DotParser.Graph g = DotParser.parse(Erd.of(realm).dot());
        assertThat(g.nodes()).hasSize((int) (SampleSchemas.tables(realm) + SampleSchemas.views(realm)));
        assertThat(g.edges().stream().filter(e -> !"dashed".equals(e.attrs().get("style"))).count()).isEqualTo(SampleSchemas.foreignKeys(realm));
        assertThat(g.clusters()).hasSize(3);
    }
}
