package io.atlas4j.plan;

import static io.atlas4j.schema.type.Types.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeOrderTest {
    private static Table table(String name, String... refs) {
        return Table.of(name, t -> {
            t.column("id", INTEGER).primaryKey("id");
            for (String r : refs) {
                t.column(r + "_id", INTEGER).foreignKey("", List.of(r + "_id"), r, List.of("id"), ReferenceAction.NO_ACTION);
            }
        });
    }

    private static List<String> names(List<Change> changes) {
        return changes.stream().map(c -> c.getClass().getSimpleName() + ":" + c.accept(NAME)).toList();
    }

    private static final Change.Visitor<String> NAME = new NameVisitor();

    @Test
    void referencedTablesAreCreatedFirst() {
        List<Change> in = List.of(new AddTable("main", table("comments", "posts", "users")),
                new AddTable("main", table("posts", "users")), new AddTable("main", table("users")));
        assertThat(names(ChangeOrder.sort(in, true)))
                .containsExactly("AddTable:users", "AddTable:posts", "AddTable:comments");
    }

    @Test
    void referencingTablesAreDroppedFirst() {
        List<Change> in = List.of(new DropTable("main", table("users")), new DropTable("main", table("posts", "users")));
        assertThat(names(ChangeOrder.sort(in, true))).containsExactly("DropTable:posts", "DropTable:users");
    }

    @Test
    void independentChangesKeepTheirInputOrder() {
        List<Change> in = List.of(new AddTable("main", table("b")), new AddTable("main", table("a")), new AddTable("main", table("c")));
        assertThat(names(ChangeOrder.sort(in, true))).containsExactly("AddTable:b", "AddTable:a", "AddTable:c");
    }

    @Test
    void viewsComeAfterWhatTheyReadAndAreDroppedBeforeIt() {
        View v = new View("v", "SELECT * FROM t", List.of(QualifiedName.of("t")), Attrs.EMPTY);
        assertThat(names(ChangeOrder.sort(List.of(new AddView("main", v), new AddTable("main", table("t"))), true)))
                .containsExactly("AddTable:t", "AddView:v");
        assertThat(names(ChangeOrder.sort(List.of(new DropTable("main", table("t")), new DropView("main", v)), true)))
                .containsExactly("DropView:v", "DropTable:t");
    }

    @Test
    void triggersComeAfterTheirTable() {
        Trigger trg = new Trigger("trg", "t", "CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1; END", Attrs.EMPTY);
        assertThat(names(ChangeOrder.sort(List.of(new AddObject("main", trg), new AddTable("main", table("t"))), true)))
                .containsExactly("AddTable:t", "AddObject:trg");
    }

    @Test
    void foreignKeyCyclesAreDetachedIntoLaterAlters() {
        List<Change> in = List.of(new AddTable("main", table("a", "b")), new AddTable("main", table("b", "a")));
        List<Change> out = ChangeOrder.sort(in, true);
        assertThat(names(out)).containsExactly("AddTable:a", "AddTable:b", "ModifyTable:a", "ModifyTable:b");
        assertThat(((AddTable) out.get(0)).table().foreignKeys()).isEmpty();
        assertThat(((ModifyTable) out.get(2)).changes()).singleElement().isInstanceOf(AddForeignKey.class);
    }

    @Test
    void foreignKeyCyclesAreDroppedBeforeTheirTables() {
        List<Change> in = List.of(new DropTable("main", table("a", "b")), new DropTable("main", table("b", "a")));
        List<Change> out = ChangeOrder.sort(in, true);
        assertThat(names(out)).containsExactly("ModifyTable:a", "ModifyTable:b", "DropTable:a", "DropTable:b");
        assertThat(((ModifyTable) out.get(0)).changes()).singleElement().isInstanceOf(DropForeignKey.class);
    }

    @Test
    void cyclesStayWholeWhenTheDialectCannotDetach() {
        List<Change> in = List.of(new AddTable("main", table("a", "b")), new AddTable("main", table("b", "a")));
        List<Change> out = ChangeOrder.sort(in, false);
        assertThat(names(out)).containsExactly("AddTable:a", "AddTable:b");
        assertThat(((AddTable) out.get(0)).table().foreignKeys()).hasSize(1);
    }

    @Test
    void aDroppedNameIsFreeBeforeItIsTakenAgain() {
        View v = View.of("x", "SELECT 1");
        List<Change> in = List.of(new AddTable("main", table("x")), new DropView("main", v));
        assertThat(names(ChangeOrder.sort(in, true))).containsExactly("DropView:x", "AddTable:x");
    }
}
