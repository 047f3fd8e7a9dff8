package io.atlas4j.plan;

import static io.atlas4j.schema.type.Types.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    @Test
    void aRenamedTableIsModifiedAfterItsRenameEvenWhenADroppedTableReferencedIt() {
        // t1 (dropped) references t0; t0 is renamed to t0_r and its own key to t1 is replaced by a self-reference.
        Table t0 = table("t0", "t1");
        Table renamed = t0.withName("t0_r");
        Table desired = table("t0_r", "t0_r");
        List<Change> in = List.of(new DropTable("main", table("t1", "t0")), new io.atlas4j.change.RenameTable("main", t0, renamed),
                new ModifyTable("main", renamed, desired, List.of(new DropForeignKey(renamed.foreignKeys().get(0)),
                        new AddForeignKey(desired.foreignKeys().get(0)))));
        List<String> order = names(ChangeOrder.sort(in, false));
        assertThat(order.indexOf("RenameTable:t0_r")).isLessThan(order.indexOf("ModifyTable:t0_r"));
        assertThat(order.indexOf("ModifyTable:t0_r")).isLessThan(order.indexOf("DropTable:t1"));
    }

    // ---- dependencies of every kind, table-driven ----

    private static final UnaryOperator<String> EXACT = UnaryOperator.identity();
    private static final UnaryOperator<String> FOLD = n -> n.toLowerCase(Locale.ROOT);

    private static View view(String name, String... deps) {
        return new View(name, "SELECT 1", Stream.of(deps).map(QualifiedName::of).toList(), Attrs.EMPTY);
    }

    private static TestObject fn(String name, String... deps) {
        return TestObject.of("function", name, deps);
    }

    private static Attrs needs(String... names) {
        return Attrs.of(new DependsOn(Stream.of(names).map(QualifiedName::of).toList()));
    }

    private static Trigger trigger(String name, String table, String function) {
        return new Trigger(name, table, "CREATE TRIGGER " + name, needs(function));
    }

    /** A table whose part {@code where} needs {@code dep} (a function or a type). */
    private static Table using(String name, String where, String dep) {
        Table t = table(name);
        return switch (where) {
            case "table" -> t.withAttrs(needs(dep));
            case "column default" -> t.withColumns(List.of(t.columns().get(0),
                    new Column("v", INTEGER, true, Optional.of(io.atlas4j.schema.Exprs.of(dep + "()")), needs(dep))));
            case "column type" -> t.withColumns(List.of(t.columns().get(0),
                    new Column("v", new io.atlas4j.schema.type.UnsupportedType(dep), true, Optional.empty(), needs(dep))));
            case "generated column" -> t.withColumns(List.of(t.columns().get(0),
                    new Column("g", INTEGER, true, Optional.empty(), needs(dep).with(new Generated(dep + "(id)", true)))));
            case "check" -> t.withChecks(List.of(new Check("ck", dep + "(id) > 0", needs(dep))));
            case "expression index" -> t.withIndexes(List.of(new Index("ix", false,
                    List.of(new IndexPart.OfExpr(dep + "(id)", false, Attrs.EMPTY)), needs(dep))));
            default -> throw new IllegalArgumentException(where);
        };
    }

    private static ModifyTable addColumn(Table t, Column c) {
        List<Column> cols = new ArrayList<>(t.columns());
        cols.add(c);
        return new ModifyTable("main", t, t.withColumns(cols), List.of(new AddColumn(c)));
    }

    record Case(String name, List<Change> in, boolean detach, UnaryOperator<String> fold, List<String> expected) {
        Case(String name, List<Change> in, List<String> expected) {
            this(name, in, true, EXACT, expected);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Table users = table("users");
        Table orders = table("orders", "users");
        Table ordersCascade = orders.withForeignKeys(List.of(new ForeignKey("", List.of("users_id"), QualifiedName.of("users"),
                List.of("id"), ReferenceAction.NO_ACTION, ReferenceAction.CASCADE, Attrs.EMPTY)));
        View reads = new View("v", "SELECT * FROM t", List.of(QualifiedName.of("t")), Attrs.EMPTY);
        View readsMore = new View("v", "SELECT id FROM t", List.of(QualifiedName.of("t")), Attrs.EMPTY);
        List<Case> cases = new ArrayList<>(List.of(
                new Case("a view on a view is created after it",
                        List.of(new AddView("main", view("v2", "v1")), new AddView("main", view("v1"))), List.of("AddView:v1", "AddView:v2")),
                new Case("a view on a view is dropped before it",
                        List.of(new DropView("main", view("v1")), new DropView("main", view("v2", "v1"))), List.of("DropView:v2", "DropView:v1")),
                new Case("a view on a view, named in another case, where names fold",
                        List.of(new AddView("main", view("report", "Users_V")), new AddView("main", view("users_v"))), true, FOLD,
                        List.of("AddView:users_v", "AddView:report")),
                new Case("... but not where names are case-sensitive",
                        List.of(new AddView("main", view("report", "Users_V")), new AddView("main", view("users_v"))), true, EXACT,
                        List.of("AddView:report", "AddView:users_v")),
                new Case("a function over USERS waits for table users where names fold",
                        List.of(new AddObject("main", fn("f", "USERS")), new AddTable("main", users)), true, FOLD,
                        List.of("AddTable:users", "AddObject:f")),
                new Case("a table referencing USERS is dropped before table users is altered where names fold",
                        List.of(addColumn(users, Column.of("name", Types.TEXT)), new DropTable("main", table("x", "USERS"))), true, FOLD,
                        List.of("DropTable:x", "ModifyTable:users")),
                new Case("a reference to MAIN.USERS from schema main finds main.users where names fold",
                        List.of(new AddTable("main", table("posts").withForeignKeys(List.of(new ForeignKey("", List.of("id"),
                                QualifiedName.of("MAIN", "USERS"), List.of("id"), ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION,
                                Attrs.EMPTY)))), new AddTable("main", users)), true, FOLD, List.of("AddTable:users", "AddTable:posts")),
                new Case("schema names fold: APP is dropped before app is created",
                        List.of(new AddSchema(Schema.empty("app")), new DropSchema(Schema.empty("APP"))), true, FOLD,
                        List.of("DropSchema:APP", "AddSchema:app")),
                new Case("... and are distinct where names are case-sensitive",
                        List.of(new AddSchema(Schema.empty("app")), new DropSchema(Schema.empty("APP"))), true, EXACT,
                        List.of("AddSchema:app", "DropSchema:APP")),
                new Case("a re-created table: its old referrers are dropped before it, its new referrers created after it",
                        List.of(new AddTable("main", orders), new AddTable("main", users), new DropTable("main", table("old_orders", "users")),
                                new DropTable("main", users)),
                        List.of("DropTable:old_orders", "DropTable:users", "AddTable:users", "AddTable:orders")),
                new Case("a foreign key moved to a re-created table is dropped before the drop and added after the create",
                        List.of(new ModifyTable("main", orders, ordersCascade, List.of(new ModifyForeignKey(orders.foreignKeys().get(0),
                                ordersCascade.foreignKeys().get(0)))), new DropTable("main", users), new AddTable("main", users)),
                        List.of("ModifyTable:orders", "DropTable:users", "AddTable:users", "ModifyTable:orders")),
                new Case("... and stays whole where the dialect cannot detach foreign keys",
                        List.of(new ModifyTable("main", orders, ordersCascade, List.of(new ModifyForeignKey(orders.foreignKeys().get(0),
                                ordersCascade.foreignKeys().get(0)))), new DropTable("main", users), new AddTable("main", users)),
                        false, EXACT, List.of("ModifyTable:orders", "DropTable:users", "AddTable:users")),
                new Case("a table dropped before the table it references is altered",
                        List.of(addColumn(users, Column.of("name", Types.TEXT)), new DropTable("main", table("x", "users"))),
                        List.of("DropTable:x", "ModifyTable:users")),
                new Case("a domain on a domain is created after it",
                        List.of(new AddObject("main", TestObject.of("domain", "d2", "d1")), new AddObject("main", TestObject.of("domain", "d1"))),
                        List.of("AddObject:d1", "AddObject:d2")),
                new Case("a domain on a domain is dropped before it",
                        List.of(new DropObject("main", TestObject.of("domain", "d1")), new DropObject("main", TestObject.of("domain", "d2", "d1"))),
                        List.of("DropObject:d2", "DropObject:d1")),
                new Case("a re-created function is altered before the function that calls it",
                        List.of(new ModifyObject("main", fn("g", "f"), fn("g", "f")), new ModifyObject("main", fn("f"), fn("f"))),
                        List.of("ModifyObject:f", "ModifyObject:g")),
                new Case("a trigger comes after its table and its function",
                        List.of(new AddObject("main", trigger("trg", "t", "audit")), new AddTable("main", table("t")), new AddObject("main", fn("audit"))),
                        List.of("AddObject:audit", "AddTable:t", "AddObject:trg")),
                new Case("a trigger named like its function still comes after it",
                        List.of(new AddObject("main", trigger("audit", "t", "audit")), new AddObject("main", fn("audit")), new AddTable("main", table("t"))),
                        List.of("AddObject:audit", "AddTable:t", "AddObject:audit")),
                new Case("a trigger is created after its table is altered",
                        List.of(new AddObject("main", trigger("trg", "t", "audit")), addColumn(table("t"), Column.of("name", Types.TEXT))),
                        List.of("ModifyTable:t", "AddObject:trg")),
                new Case("a trigger is dropped before its function",
                        List.of(new DropObject("main", fn("audit")), new DropObject("main", trigger("trg", "t", "audit"))),
                        List.of("DropObject:trg", "DropObject:audit")),
                new Case("a function is dropped after the view that calls it",
                        List.of(new DropObject("main", fn("f")), new DropView("main", new View("v", "SELECT f()", List.of(), needs("f")))),
                        List.of("DropView:v", "DropObject:f")),
                new Case("a type is dropped after the column that uses it",
                        List.of(new DropObject("main", TestObject.of("type", "mood")), new ModifyTable("main", using("t", "column type", "mood"),
                                table("t"), List.of(new io.atlas4j.change.DropColumn(using("t", "column type", "mood").columns().get(1))))),
                        List.of("ModifyTable:t", "DropObject:mood")),
                new Case("a function is re-created after a table using it is dropped",
                        List.of(new ModifyObject("main", fn("f"), fn("f")), new DropTable("main", using("t", "column default", "f"))),
                        List.of("DropTable:t", "ModifyObject:f")),
                new Case("a column using a new type is added after the type",
                        List.of(addColumn(table("t"), using("x", "column type", "mood").columns().get(1)), new AddObject("main", TestObject.of("type", "mood"))),
                        List.of("AddObject:mood", "ModifyTable:t")),
                new Case("a changed view that reads a re-created table is dropped and created again around it",
                        List.of(new ModifyView("main", reads, readsMore), new DropTable("main", table("t")), new AddTable("main", table("t"))),
                        List.of("DropView:v", "DropTable:t", "AddTable:t", "AddView:v"))));
        for (String where : List.of("table", "column default", "column type", "generated column", "check", "expression index")) {
            cases.add(new Case("a table needing a function through its " + where + " is created after it",
                    List.of(new AddTable("main", using("t", where, "f")), new AddObject("main", fn("f"))), List.of("AddObject:f", "AddTable:t")));
            cases.add(new Case("a table needing a function through its " + where + " is dropped before it",
                    List.of(new DropObject("main", fn("f")), new DropTable("main", using("t", where, "f"))), List.of("DropTable:t", "DropObject:f")));
            cases.add(new Case("a table needing a FUNCTION through its " + where + " is dropped before function f where names fold",
                    List.of(new DropObject("main", fn("f")), new DropTable("main", using("t", where, "F"))), true, FOLD,
                    List.of("DropTable:t", "DropObject:f")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ordersEachChangeAfterWhatItNeeds(Case c) {
        assertThat(names(ChangeOrder.sort(c.in(), c.detach(), c.fold()))).containsExactlyElementsOf(c.expected());
    }

    @Test
    void aForeignKeyMovedToARecreatedTableIsSplitIntoADropAndAnAdd() {
        Table users = table("users");
        Table orders = table("orders", "users");
        ForeignKey cascade = new ForeignKey("", List.of("users_id"), QualifiedName.of("users"), List.of("id"),
                ReferenceAction.NO_ACTION, ReferenceAction.CASCADE, Attrs.EMPTY);
        Table desired = orders.withForeignKeys(List.of(cascade));
        List<Change> out = ChangeOrder.sort(List.of(new ModifyTable("main", orders, desired,
                List.of(new ModifyForeignKey(orders.foreignKeys().get(0), cascade), new AddColumn(Column.of("note", Types.TEXT)))),
                new DropTable("main", users), new AddTable("main", users)), true);
        // the key is dropped first and added last; the new column needs neither users table
        assertThat(names(out)).containsExactly("ModifyTable:orders", "ModifyTable:orders", "DropTable:users", "AddTable:users", "ModifyTable:orders");
        assertThat(((ModifyTable) out.get(0)).changes()).containsExactly(new DropForeignKey(orders.foreignKeys().get(0)));
        assertThat(((ModifyTable) out.get(1)).changes()).singleElement().isInstanceOf(AddColumn.class);
        assertThat(((ModifyTable) out.get(4)).changes()).containsExactly(new AddForeignKey(cascade));
        assertThat(((ModifyTable) out.get(4)).to()).isEqualTo(desired);
    }

    static Stream<Object[]> unorderable() {
        return Stream.of(
                new Object[] {"views reading each other", List.of(new AddView("main", view("a", "b")), new AddView("main", view("b", "a"))),
                        EXACT, List.of("create view main.a", "create view main.b")},
                new Object[] {"views reading each other under folded names", List.of(new AddView("main", view("a", "B")),
                        new AddView("main", view("b", "A"))), FOLD, List.of("create view main.a", "create view main.b")},
                new Object[] {"a function over a table whose check calls it", List.of(new AddObject("main", fn("f", "t")),
                        new AddTable("main", using("t", "check", "f"))), EXACT, List.of("create function main.f", "create table main.t")},
                new Object[] {"domains on each other, with a foreign-key cycle beside them", List.of(
                        new AddObject("main", TestObject.of("domain", "d1", "d2")), new AddObject("main", TestObject.of("domain", "d2", "d1")),
                        new AddTable("main", table("a", "b")), new AddTable("main", table("b", "a"))), EXACT,
                        List.of("create domain main.d1", "create domain main.d2")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unorderable")
    void aCycleThatIsNotOnlyForeignKeysIsAnErrorNamingItsChanges(String name, List<Change> in, UnaryOperator<String> fold, List<String> named) {
        for (boolean detach : List.of(true, false)) {
            assertThatThrownBy(() -> ChangeOrder.sort(in, detach, fold))
                    .isInstanceOf(UnsupportedChangeException.class)
                    .hasMessageContainingAll(named.toArray(String[]::new))
                    .hasMessageContaining("cycle")
                    .hasMessageContaining("apply it in two steps")
                    .satisfies(e -> assertThat(in).contains((Change) ((UnsupportedChangeException) e).change()));
        }
    }

    @Test
    void theSameNamesInAnotherCaseAreNoCycleWhereNamesAreCaseSensitive() {
        List<Change> in = List.of(new AddView("main", view("a", "B")), new AddView("main", view("b", "A")));
        assertThat(names(ChangeOrder.sort(in, true))).containsExactly("AddView:a", "AddView:b");
    }

    // ---- random plans: every dependency respected, same result every time ----

    /**
     * Random plans over objects 0..n-1 where each may need lower-numbered ones (views, functions and
     * tables with foreign keys); each object is created, dropped (with everything that needs it),
     * changed, or left alone. Seed via -Datlas4j.seed.
     */
    @TestFactory
    Stream<DynamicTest> randomPlansRespectEveryDependency() {
        long seed = Long.getLong("atlas4j.seed", System.nanoTime());
        Random random = new Random(seed);
        return IntStream.range(0, 60).mapToObj(round -> {
            int n = round == 0 ? 3000 : 2 + random.nextInt(40);
            long planSeed = random.nextLong();
            return DynamicTest.dynamicTest("plan " + round + " of " + n + " objects (seed " + seed + ")", () -> checkRandomPlan(n, planSeed, seed));
        });
    }

    private static final int KEEP = 0;
    private static final int CREATE = 1;
    private static final int DROP = 2;
    private static final int CHANGE = 3;
    private static final int ABSENT = 4;

    private static void checkRandomPlan(int n, long planSeed, long seed) {
        Random r = new Random(planSeed);
        String[] kinds = new String[n];
        List<List<Integer>> needs = new ArrayList<>();
        int[] op = new int[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = List.of("view", "function", "table").get(r.nextInt(3));
            List<Integer> deps = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0 && i > 0; k--) {
                int j = i - 1 - r.nextInt(Math.min(i, 30));
                boolean fits = !kinds[i].equals("table") || !kinds[j].equals("view"); // tables reference tables, call functions
                if (fits && !deps.contains(j)) deps.add(j);
            }
            needs.add(deps);
            // an object can exist before (after) only if everything it needs does
            boolean before = deps.stream().allMatch(j -> op[j] == KEEP || op[j] == CHANGE || op[j] == DROP);
            boolean after = deps.stream().allMatch(j -> op[j] == KEEP || op[j] == CHANGE || op[j] == CREATE);
            int pick = r.nextInt(4);
            if (before && after) op[i] = pick;
            else if (after) op[i] = pick % 2 == 0 ? CREATE : ABSENT;
            else if (before) op[i] = pick % 2 == 0 ? DROP : ABSENT;
            else op[i] = ABSENT;
        }
        List<Change> plan = new ArrayList<>();
        Map<Change, Integer> objectOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            Change c = randomChange(i, kinds, needs.get(i), op[i]);
            if (c != null) {
                plan.add(c);
                objectOf.put(c, i);
            }
        }
        Collections.shuffle(plan, r);
        List<Change> sorted = ChangeOrder.sort(plan, true);
        assertThat(sorted).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(plan);
        assertThat(ChangeOrder.sort(plan, true)).as("deterministic, seed %d", seed).isEqualTo(sorted);
        Map<Integer, Integer> at = new HashMap<>();
        for (int p = 0; p < sorted.size(); p++) at.put(objectOf.get(sorted.get(p)), p);
        for (int i = 0; i < n; i++) {
            if (!at.containsKey(i)) continue;
            for (int j : needs.get(i)) {
                if (!at.containsKey(j)) continue;
                String why = sorted.get(at.get(i)) + " and " + sorted.get(at.get(j));
                // an altered table needs only what its new column needs (nothing here)
                boolean tableChange = kinds[i].equals("table") && op[i] == CHANGE;
                if ((op[i] == CREATE || op[i] == CHANGE) && !tableChange) {
                    assertThat(at.get(j)).as("seed %d: %s, the second first", seed, why).isLessThan(at.get(i));
                }
                if (op[i] == DROP) assertThat(at.get(i)).as("seed %d: %s, the first first", seed, why).isLessThan(at.get(j));
            }
        }
    }

    private static Change randomChange(int i, String[] kinds, List<Integer> needs, int op) {
        String name = "o" + i;
        String[] deps = needs.stream().map(j -> "o" + j).toArray(String[]::new);
        return switch (kinds[i]) {
            case "view" -> switch (op) {
                case CREATE -> new AddView("main", view(name, deps));
                case DROP -> new DropView("main", view(name, deps));
                case CHANGE -> new ModifyView("main", view(name, deps), new View(name, "SELECT 2", view(name, deps).dependsOn(), Attrs.EMPTY));
                default -> null;
            };
            case "function" -> switch (op) {
                case CREATE -> new AddObject("main", fn(name, deps));
                case DROP -> new DropObject("main", fn(name, deps));
                case CHANGE -> new ModifyObject("main", fn(name, deps), fn(name, deps).withAttrs(needs(deps)));
                default -> null;
            };
            default -> {
                // a table: foreign keys to the tables it needs, a column default calling the functions it needs
                String[] refs = needs.stream().filter(j -> kinds[j].equals("table")).map(j -> "o" + j).toArray(String[]::new);
                String[] calls = needs.stream().filter(j -> kinds[j].equals("function")).map(j -> "o" + j).toArray(String[]::new);
                Table t = table(name, refs).withAttrs(needs(calls));
                yield switch (op) {
                    case CREATE -> new AddTable("main", t);
                    case DROP -> new DropTable("main", t);
                    case CHANGE -> addColumn(t, Column.of("extra", Types.TEXT));
                    default -> null;
                };
            }
        };
    }
}
