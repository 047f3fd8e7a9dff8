package io.atlas4j.diff;

import static io.atlas4j.schema.type.Types.INTEGER;
import static io.atlas4j.schema.type.Types.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaBuilder;
import io.atlas4j.schema.Attrs;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DifferTest {
    private static Schema schema(UnaryOperator<SchemaBuilder> spec) {
        return spec.apply(Schema.builder("main")).build();
    }

    private static final Schema BASE = schema(s -> s
            .table("users", t -> t.column("id", INTEGER, c -> c.notNull()).column("email", TEXT).primaryKey("id")
                    .uniqueIndex("users_email", "email"))
            .table("posts", t -> t.column("id", INTEGER).column("user_id", INTEGER).primaryKey("id")
                    .foreignKey("", List.of("user_id"), "users", List.of("id"), ReferenceAction.CASCADE))
            .view("v_users", "SELECT id FROM users"));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("add table", schema(s -> s.table(BASE.tables().get(0)).table(BASE.tables().get(1))
                        .table("tags", t -> t.column("id", INTEGER)).view("v_users", "SELECT id FROM users")), List.of(AddTable.class), List.of()),
                Arguments.of("drop table", schema(s -> s.table(BASE.tables().get(0)).view("v_users", "SELECT id FROM users")),
                        List.of(DropTable.class), List.of()),
                Arguments.of("add column", BASE.withTables(List.of(BASE.tables().get(0).withColumns(List.of(
                        BASE.tables().get(0).columns().get(0), BASE.tables().get(0).columns().get(1),
                        io.atlas4j.schema.Column.of("name", TEXT))), BASE.tables().get(1))), List.of(ModifyTable.class), List.of(AddColumn.class)),
                Arguments.of("drop column", BASE.withTables(List.of(BASE.tables().get(0), BASE.tables().get(1).withColumns(
                        List.of(BASE.tables().get(1).columns().get(0))).withForeignKeys(List.of()))),
                        List.of(ModifyTable.class), List.of(DropColumn.class, DropForeignKey.class)),
                Arguments.of("modify column", BASE.withTables(List.of(BASE.tables().get(0).withColumns(List.of(
                        BASE.tables().get(0).columns().get(0), BASE.tables().get(0).columns().get(1).withNullable(false))),
                        BASE.tables().get(1))), List.of(ModifyTable.class), List.of(ModifyColumn.class)),
                Arguments.of("modify index", BASE.withTables(List.of(BASE.tables().get(0).withIndexes(List.of(
                        BASE.tables().get(0).indexes().get(0).withAttrs(Attrs.of(new Comment("x"))))), BASE.tables().get(1))),
                        List.of(ModifyTable.class), List.of(ModifyIndex.class)),
                Arguments.of("drop and add index", BASE.withTables(List.of(BASE.tables().get(0).withIndexes(List.of(
                        BASE.tables().get(0).indexes().get(0).withName("users_email2"))), BASE.tables().get(1))),
                        List.of(ModifyTable.class), List.of(DropIndex.class, AddIndex.class)),
                Arguments.of("modify primary key", BASE.withTables(List.of(BASE.tables().get(0).withPrimaryKey(
                        BASE.tables().get(0).primaryKey().map(p -> new io.atlas4j.schema.Index("", true, List.of(
                                io.atlas4j.schema.IndexPart.column("id"), io.atlas4j.schema.IndexPart.column("email")), Attrs.EMPTY))),
                        BASE.tables().get(1))), List.of(ModifyTable.class), List.of(ModifyPrimaryKey.class)),
                Arguments.of("add check", BASE.withTables(List.of(BASE.tables().get(0).withChecks(List.of(
                        new io.atlas4j.schema.Check("", "id > 0", Attrs.EMPTY))), BASE.tables().get(1))),
                        List.of(ModifyTable.class), List.of(AddCheck.class)),
                Arguments.of("add view", BASE.withViews(List.of(BASE.views().get(0), io.atlas4j.schema.View.of("v2", "SELECT 2"))),
                        List.of(AddView.class), List.of()),
                Arguments.of("modify view", BASE.withViews(List.of(io.atlas4j.schema.View.of("v_users", "SELECT id, email FROM users"))),
                        List.of(ModifyView.class), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheChange(String name, Schema desired, List<Class<?>> kinds, List<Class<?>> tableKinds) {
        List<Change> changes = Differ.diff(BASE, desired, DiffHooks.GENERIC, DiffOptions.defaults());
        assertThat(kinds(changes)).containsExactlyElementsOf(kinds.stream().map(Class::getSimpleName).toList());
        List<TableChange> tc = changes.stream().filter(ModifyTable.class::isInstance)
                .flatMap(c -> ((ModifyTable) c).changes().stream()).toList();
        assertThat(kinds(tc)).containsExactlyElementsOf(tableKinds.stream().map(Class::getSimpleName).toList());
        assertThat(Differ.diff(desired, desired, DiffHooks.GENERIC, DiffOptions.defaults())).isEmpty();
    }

    private static List<String> kinds(List<?> changes) {
        return changes.stream().map(c -> c.getClass().getSimpleName()).toList();
    }

    @Test
    void identicalSchemasDiffToNothing() {
        assertThat(Differ.diff(BASE, BASE, DiffHooks.GENERIC, DiffOptions.defaults())).isEmpty();
    }

    @Test
    void columnAspectsSayWhatChanged() {
        var from = io.atlas4j.schema.Column.of("a", INTEGER);
        var to = from.withType(TEXT).withNullable(false).withAttrs(Attrs.of(new Comment("c")));
        var changes = Differ.diff(BASE.withTables(List.of(io.atlas4j.schema.Table.of("t", t -> t.column("a", INTEGER)))),
                BASE.withTables(List.of(io.atlas4j.schema.Table.builder("t").build().withColumns(List.of(to)))),
                DiffHooks.GENERIC, DiffOptions.defaults());
        ModifyColumn mc = (ModifyColumn) ((ModifyTable) changes.get(0)).changes().get(0);
        assertThat(mc.aspects()).containsExactly(ColumnAspect.NULLABILITY, ColumnAspect.TYPE, ColumnAspect.COMMENT);
    }

    @Test
    void unnamedConstraintsMatchByShapeNotName() {
        ForeignKey named = new ForeignKey("posts_user_id_fkey", List.of("user_id"), QualifiedName.of("users"), List.of("id"),
                ReferenceAction.NO_ACTION, ReferenceAction.CASCADE, Attrs.EMPTY);
        Schema desired = BASE.withTables(List.of(BASE.tables().get(0), BASE.tables().get(1).withForeignKeys(List.of(named))));
        assertThat(Differ.diff(BASE, desired, DiffHooks.GENERIC, DiffOptions.defaults())).isEmpty();
    }

    @Test
    void renameHintsPlanRenamesInsteadOfDropAndAdd() {
        Schema desired = schema(s -> s
                .table(BASE.tables().get(0).withName("people").withColumns(List.of(BASE.tables().get(0).columns().get(0),
                        BASE.tables().get(0).columns().get(1).withName("email_address"))).withIndexes(List.of()))
                .table(BASE.tables().get(1).withForeignKeys(List.of(BASE.tables().get(1).foreignKeys().get(0)
                        .withRefTable(QualifiedName.of("people"))))).view("v_users", "SELECT id FROM users"));
        var plain = Differ.diff(BASE, desired, DiffHooks.GENERIC, DiffOptions.defaults());
        assertThat(kinds(plain)).contains("DropTable", "AddTable");
        var hinted = Differ.diff(BASE, desired, DiffHooks.GENERIC,
                DiffOptions.defaults().renameTable("users", "people").renameColumn("people", "email", "email_address"));
        // posts' foreign key follows the renamed table, so posts itself is unchanged.
        assertThat(kinds(hinted)).containsExactly("RenameTable", "ModifyTable");
        assertThat(((ModifyTable) hinted.get(1)).changes()).first().isInstanceOf(RenameColumn.class);
    }

    @Test
    void foreignKeysFollowARenamedTableIncludingSelfReferences() {
        Schema current = schema(s -> s.table("node", t -> t.column("id", INTEGER).column("parent", INTEGER).primaryKey("id")
                .foreignKey("", List.of("parent"), "node", List.of("id"), ReferenceAction.CASCADE)));
        Schema desired = schema(s -> s.table("tree", t -> t.column("id", INTEGER).column("parent", INTEGER).primaryKey("id")
                .foreignKey("", List.of("parent"), "tree", List.of("id"), ReferenceAction.CASCADE)));
        var hinted = Differ.diff(current, desired, DiffHooks.GENERIC, DiffOptions.defaults().renameTable("node", "tree"));
        assertThat(kinds(hinted)).containsExactly("RenameTable");
    }

    @Test
    void aRenameHintThatCannotApplyIsAnErrorNotIgnored() {
        var users = BASE.tables().get(0);
        var both = users.withColumns(List.of(users.columns().get(0), users.columns().get(1),
                io.atlas4j.schema.Column.of("email_address", TEXT)));
        Schema current = BASE.withTables(List.of(both, BASE.tables().get(1)));
        Schema desired = BASE.withTables(List.of(users.withColumns(List.of(users.columns().get(0),
                users.columns().get(1).withName("email_address"))).withIndexes(List.of()), BASE.tables().get(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Differ.diff(current, desired, DiffHooks.GENERIC,
                        DiffOptions.defaults().renameColumn("users", "email", "email_address")))
                .isInstanceOf(io.atlas4j.error.InvalidInputException.class)
                .hasMessageContaining("users.email_address").hasMessageContaining("both columns");
        // once applied, the hint left in the file is harmless
        Schema renamed = BASE.withTables(List.of(desired.tables().get(0), BASE.tables().get(1)));
        assertThat(Differ.diff(renamed, desired, DiffHooks.GENERIC,
                DiffOptions.defaults().renameColumn("users", "email", "email_address"))).isEmpty();
    }

    @Test
    void skippedKindsAreLeftOut() {
        Schema desired = schema(s -> s.table(BASE.tables().get(0)).view("v_users", "SELECT id FROM users"));
        assertThat(Differ.diff(BASE, desired, DiffHooks.GENERIC, DiffOptions.defaults().skip(DropTable.class))).isEmpty();
    }

    @Test
    void nameKeyFoldsCaseForCaseInsensitiveDialects() {
        DiffHooks folding = new DiffHooks() {
            @Override
            public String nameKey(String name) {
                return name.toLowerCase(Locale.ROOT);
            }
        };
        Schema upper = BASE.withTables(List.of(BASE.tables().get(0).withName("USERS"), BASE.tables().get(1)));
        assertThat(Differ.diff(BASE, upper, folding, DiffOptions.defaults())).allMatch(c -> !(c instanceof AddTable) && !(c instanceof DropTable));
    }

    @Test
    void wideTablesDiffInOnePass() {
        var cols = new java.util.ArrayList<io.atlas4j.schema.Column>();
        for (int i = 0; i < 5000; i++) cols.add(io.atlas4j.schema.Column.of("c" + i, INTEGER));
        var a = Schema.empty("main").withTables(List.of(io.atlas4j.schema.Table.builder("w").build().withColumns(cols)));
        var changed = new java.util.ArrayList<>(cols);
        changed.set(4999, cols.get(4999).withNullable(false));
        var b = a.withTables(List.of(a.tables().get(0).withColumns(changed)));
        var diff = Differ.diff(a, b, DiffHooks.GENERIC, DiffOptions.defaults());
        assertThat(((ModifyTable) diff.get(0)).changes()).singleElement().isInstanceOf(ModifyColumn.class);
    }

    @Test
    void aRenameHintThatCannotApplyIsAnErrorNeverIgnored() {
        Schema current = schema(s -> s.table("users", t -> t.column("id", INTEGER).column("username", TEXT).column("user_name", TEXT)));
        // user_name renamed from username, but both columns exist now and the desired table keeps both.
        assertThatThrownBy(() -> Differ.diff(current, current, DiffHooks.GENERIC,
                DiffOptions.defaults().renameColumn("users", "username", "user_name")))
                .isInstanceOf(io.atlas4j.error.InvalidInputException.class).hasMessageContaining("already has both columns");
        // A new column renamed from one the desired table still has.
        Schema desired = schema(s -> s.table("users", t -> t.column("id", INTEGER).column("username", TEXT).column("user_name", TEXT)
                .column("login", TEXT)));
        assertThatThrownBy(() -> Differ.diff(current, desired, DiffHooks.GENERIC,
                DiffOptions.defaults().renameColumn("users", "username", "login")))
                .isInstanceOf(io.atlas4j.error.InvalidInputException.class).hasMessageContaining("desired table still has \"username\"");
        // Tables: a new table renamed from one the desired schema keeps.
        Schema withPeople = schema(s -> s.table(current.tables().get(0)).table("people", t -> t.column("id", INTEGER)));
        assertThatThrownBy(() -> Differ.diff(current, withPeople, DiffHooks.GENERIC, DiffOptions.defaults().renameTable("users", "people")))
                .isInstanceOf(io.atlas4j.error.InvalidInputException.class).hasMessageContaining("desired schema still has \"users\"");
        // Once applied, the same hint finds the rename done and asks for nothing.
        Schema renamed = schema(s -> s.table("people", t -> t.column("id", INTEGER).column("username", TEXT).column("user_name", TEXT)));
        assertThat(Differ.diff(renamed, renamed, DiffHooks.GENERIC, DiffOptions.defaults().renameTable("users", "people"))).isEmpty();
    }
}
