package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Mermaid output, read back with a parser of Mermaid's erDiagram grammar and compared with the model. */
class MermaidOutputTest {
    private final Realm shop = SampleSchemas.shop();

    @Test
    void everyTableIsAnEntityWithItsColumnsAndKeys() {
        MermaidErParser.Diagram d = MermaidErParser.parse(Erd.of(shop).mermaid());
        assertThat(d.entities().keySet()).containsExactly(
                "billing 100_.invoices", "billing 100_.rates_x", "main.big_orders", "main.customers", "main.orders '2024'",
                "main.profiles");
        Map<String, MermaidErParser.Attribute> customers = d.entities().get("main.customers").stream()
                .collect(Collectors.toMap(MermaidErParser.Attribute::name, a -> a));
        assertThat(customers.keySet()).containsExactlyInAnyOrder("id", "email", "display_name", "_pk");
        assertThat(customers.get("id").keys()).containsExactly("PK");
        assertThat(customers.get("id").comment()).isEqualTo("NOT NULL");
        assertThat(customers.get("email").keys()).containsExactly("UK");
        assertThat(customers.get("email").type()).isEqualTo("VARCHAR(200)");
        // What had to change to fit the grammar is spelled out in the comment.
        assertThat(customers.get("display_name").comment()).isEqualTo("column display name");
        assertThat(customers.get("_pk").keys()).isEmpty();
        MermaidErParser.Attribute total = d.entities().get("main.orders '2024'").stream()
                .filter(a -> a.name().startsWith("total")).findFirst().orElseThrow();
        assertThat(total.type()).isEqualTo("DECIMAL(10_2)");
        assertThat(total.comment()).isEqualTo("type DECIMAL(10,2), column total<&>");
        assertThat(d.entities().get("main.orders '2024'").stream().filter(a -> a.name().equals("customer_id")).findFirst().orElseThrow().keys())
                .containsExactly("FK");
        assertThat(d.entities().get("main.profiles").get(0).keys()).containsExactly("PK", "FK");
    }

    @Test
    void foreignKeysAreRelationshipsWithCardinality() {
        MermaidErParser.Diagram d = MermaidErParser.parse(Erd.of(shop).mermaid());
        Map<String, MermaidErParser.Relationship> byRole = d.relationships().stream()
                .collect(Collectors.toMap(MermaidErParser.Relationship::role, r -> r));
        assertThat(byRole).hasSize((int) SampleSchemas.foreignKeys(shop));
        // NOT NULL key to a table: exactly one customer, zero or more orders.
        var customer = byRole.get("orders_customer");
        assertThat(List.of(customer.first(), customer.cardFirst(), customer.cardSecond(), customer.second()))
                .containsExactly("main.customers", "ONLY_ONE", "ZERO_OR_MORE", "main.orders '2024'");
        assertThat(customer.identifying()).isFalse();
        // Nullable self reference: zero or one parent.
        var parent = byRole.get("orders_parent");
        assertThat(List.of(parent.first(), parent.cardFirst(), parent.second())).containsExactly("main.orders '2024'", "ZERO_OR_ONE", "main.orders '2024'");
        // The key is the primary key: one-to-one, identifying.
        var profile = byRole.get("profiles_customer");
        assertThat(List.of(profile.cardFirst(), profile.cardSecond())).containsExactly("ONLY_ONE", "ZERO_OR_ONE");
        assertThat(profile.identifying()).isTrue();
        // Across schemas.
        assertThat(byRole.get("invoices_order").first()).isEqualTo("main.orders '2024'");
        assertThat(byRole.get("invoices_order").second()).isEqualTo("billing 100_.invoices");
    }

    @Test
    void oneSchemaNeedsNoQualifier() {
        Schema main = shop.schema("main").orElseThrow();
        MermaidErParser.Diagram d = MermaidErParser.parse(Erd.of(main).mermaid());
        assertThat(d.entities().keySet()).containsExactly("big_orders", "customers", "orders '2024'", "profiles");
    }

    @Test
    void aThousandTablesParseAndAddUp() {
        Realm realm = SampleSchemas.generated(1000, 7);
        MermaidErParser.Diagram d = MermaidErParser.parse(Erd.of(realm).mermaid());
        assertThat(d.entities()).hasSize((int) (SampleSchemas.tables(realm) + SampleSchemas.views(realm)));
        assertThat(d.relationships()).hasSize((int) SampleSchemas.foreignKeys(realm));
        long columns = realm.schemas().stream().flatMap(s -> s.tables().stream()).mapToLong(t -> t.columns().size()).sum();
        assertThat(d.entities().values().stream().mapToLong(List::size).sum()).isEqualTo(columns + SampleSchemas.views(realm));
    }

    @Test
    void outputDoesNotDependOnTheOrderOfTheModel() {
        Realm realm = SampleSchemas.generated(200, 3);
        List<Schema> shuffled = new ArrayList<>();
        Random r = new Random(1);
        for (Schema s : realm.schemas()) {
            List<Table> tables = new ArrayList<>(s.tables());
            Collections.shuffle(tables, r);
            shuffled.add(s.withTables(tables));
        }
        Collections.reverse(shuffled);
        Realm other = new Realm(shuffled, realm.attrs());
        assertThat(Erd.of(other).mermaid()).isEqualTo(Erd.of(realm).mermaid());
        assertThat(Erd.of(other).dot()).isEqualTo(Erd.of(realm).dot());
        assertThat(Erd.of(other).html()).isEqualTo(Erd.of(realm).html());
    }

    @Test
    void theGrammarCheckRejectsWhatMermaidRejects() {
        // The parser is strict where Mermaid is: a key word as a column name, a comma in a type.
        assertThatThrownBy(() -> MermaidErParser.parse("erDiagram\n  \"a\" {\n    INTEGER pk\n  }\n"))
                .hasMessageContaining("expected ATTRIBUTE_WORD");
        assertThatThrownBy(() -> MermaidErParser.parse("erDiagram\n  \"a\" {\n    DECIMAL(10,2) x\n  }\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MermaidErParser.parse("erDiagram\n  \"50%\" {\n    INTEGER x\n  }\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsAreNamedAsTheCommandLineSpellsThem() {
        assertThat(ErdFormat.parse("Mermaid")).isEqualTo(ErdFormat.MERMAID);
        assertThat(Erd.render(shop, ErdFormat.parse("dot"))).startsWith("digraph erd {");
        assertThatThrownBy(() -> ErdFormat.parse("svg")).hasMessage("unknown diagram format \"svg\": use mermaid, dot or html");
    }
}
