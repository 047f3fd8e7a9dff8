package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Realm;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The HTML page read with an XML parser: what it holds, how names are escaped, and that it needs no network. */
class HtmlPageTest {
    private static Document parse(String html) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static List<Element> select(Document doc, String xpath) throws Exception {
        NodeList nl = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
        return out;
    }

    @Test
    void boxesLinesAndEscapedNames() throws Exception {
        Realm shop = SampleSchemas.shop();
        ErdDiagram d = Erd.of(shop);
        Document doc = parse(d.html());
        List<Element> tables = select(doc, "//*[local-name()='g'][contains(@class,'node table')]");
        assertThat(tables).hasSize((int) SampleSchemas.tables(shop));
        assertThat(select(doc, "//*[local-name()='g'][contains(@class,'node view')]")).hasSize(1);
        assertThat(select(doc, "//*[local-name()='path'][contains(@class,'edge fk')]")).hasSize((int) SampleSchemas.foreignKeys(shop));
        // Names come back exactly as the model has them once the XML is decoded.
        assertThat(tables.stream().map(t -> t.getAttribute("data-name")).toList()).containsExactly(
                "billing 100%.invoices", "billing 100%.rates\\x", "main.customers", "main.orders \"2024\"", "main.profiles");
        Element orders = tables.get(3);
        List<String> names = select(doc, "//*[@data-name='main.orders \"2024\"']//*[@class='cn']").stream().map(Element::getTextContent).toList();
        assertThat(names).containsExactly("id", "customer_id", "parent_id", "total<&>");
        assertThat(orders.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("main.orders \"2024\"");
        // Every line names boxes that exist and has crow's-foot ends.
        for (Element e : select(doc, "//*[local-name()='path'][contains(@class,'edge fk')]")) {
            assertThat(select(doc, "//*[@id='" + e.getAttribute("data-from") + "']")).hasSize(1);
            assertThat(select(doc, "//*[@id='" + e.getAttribute("data-to") + "']")).hasSize(1);
            assertThat(e.getAttribute("marker-start")).isIn("url(#c-many)", "url(#c-one)");
            assertThat(e.getAttribute("marker-end")).isIn("url(#p-one)", "url(#p-opt)");
        }
        assertThat(select(doc, "//*[local-name()='marker']")).hasSize(5);
    }

    @Test
    void emptyRealmsAndKeysToTablesOutsideTheModel() throws Exception {
        ErdDiagram empty = Erd.of(new Realm(java.util.List.of(), io.atlas4j.schema.Attrs.EMPTY));
        assertThat(select(parse(empty.html()), "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' node ')]")).isEmpty();
        assertThat(MermaidErParser.parse(empty.mermaid()).entities()).isEmpty();
        assertThat(DotParser.parse(empty.dot()).nodes()).isEmpty();
        // A key to a table that was not inspected has nothing to point at: the column keeps its FK marker, no line is drawn.
        var schema = io.atlas4j.schema.Schema.builder("s").table("a", t -> t.column("b_id", io.atlas4j.schema.type.Types.INTEGER)
                .foreignKey("a_b", java.util.List.of("b_id"), "b", java.util.List.of("id"), io.atlas4j.schema.ReferenceAction.CASCADE)).build();
        ErdDiagram d = Erd.of(schema);
        assertThat(d.edges()).isEmpty();
        assertThat(d.nodes().get(0).fields().get(0).foreignKey()).isTrue();
        assertThat(select(parse(d.html()), "//*[local-name()='path'][contains(@class,'edge')]")).isEmpty();
    }

    @Test
    void selfContained() throws Exception {
        String html = Erd.of(SampleSchemas.generated(50, 1)).html();
        Document doc = parse(html);
        assertThat(select(doc, "//*[@src or @href]")).isEmpty();
        assertThat(select(doc, "//link")).isEmpty();
        assertThat(select(doc, "//script")).hasSize(1);
        assertThat(select(doc, "//script").get(0).getTextContent()).contains("addEventListener");
        assertThat(select(doc, "//style").get(0).getTextContent()).contains(".node");
        assertThat(html).doesNotContain("http://" + "cdn").doesNotContain("https://");
    }

    @Test
    void writesThePageAndNamesTheFileItCannotWrite(@TempDir Path dir) throws Exception {
        Path page = Erd.of(SampleSchemas.shop()).writeHtml(dir.resolve("sub/erd.html"));
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
        Path temp = Erd.of(SampleSchemas.shop()).writeHtml();
        try {
            assertThat(temp.getFileName().toString()).startsWith("atlas4j-erd-").endsWith(".html");
            assertThat(Files.readString(temp)).isEqualTo(Files.readString(page));
        } finally {
            Files.deleteIfExists(temp);
        }
        Files.writeString(dir.resolve("file"), "x");
        Path bad = dir.resolve("file").resolve("erd.html");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Erd.of(SampleSchemas.shop()).writeHtml(bad))
                .hasMessageContaining(bad.toString()).hasMessageContaining("choose a writable path");
    }
}
