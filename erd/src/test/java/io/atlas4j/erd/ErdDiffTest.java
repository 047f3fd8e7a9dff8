package io.atlas4j.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameTable;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Diff diagrams: what is added, changed and dropped, from two realms or from a differ's change list. */
class ErdDiffTest {
    private static final Table USERS = Table.of("users", t -> t.column("id", Types.INTEGER, c -> c.notNull())
            .column("bio", Types.TEXT).column("name", Types.varchar(50)).primaryKey("id"));
    private static final Table POSTS = Table.of("posts", t -> t.column("id", Types.INTEGER, c -> c.notNull())
            .column("author_id", Types.INTEGER).primaryKey("id")
            .foreignKey("posts_author", List.of("author_id"), "users", List.of("id"), ReferenceAction.CASCADE));
    private static final Table TAGS = Table.of("tags", t -> t.column("id", Types.INTEGER).primaryKey("id"));
    private static final Table USERS2 = Table.of("users", t -> t.column("id", Types.INTEGER, c -> c.notNull())
            .column("name", Types.varchar(100)).column("email", Types.TEXT).primaryKey("id"));
    private static final Table POSTS2 = Table.of("posts", t -> t.column("id", Types.INTEGER, c -> c.notNull())
            .column("author_id", Types.INTEGER).column("editor_id", Types.INTEGER).primaryKey("id")
            .foreignKey("posts_editor", List.of("editor_id"), "users", List.of("id"), ReferenceAction.SET_NULL));
    private static final Table LIKES = Table.of("likes", t -> t.column("user_id", Types.INTEGER, c -> c.notNull())
            .foreignKey("likes_user", List.of("user_id"), "users", List.of("id"), ReferenceAction.CASCADE));

    private static final Realm CURRENT = Realm.of(Schema.builder("app").table(USERS).table(POSTS).table(TAGS).build());
    private static final Realm DESIRED = Realm.of(Schema.builder("app").table(USERS2).table(POSTS2).table(LIKES).build());

    private static Map<String, ErdMark> nodes(ErdDiagram d) {
        return d.nodes().stream().collect(Collectors.toMap(ErdNode::name, ErdNode::mark));
    }

    private static Map<String, ErdMark> fields(ErdDiagram d, String table) {
        return d.nodes().stream().filter(n -> n.name().equals(table)).findFirst().orElseThrow()
                .fields().stream().collect(Collectors.toMap(ErdField::name, ErdField::mark));
    }

    private static Map<String, ErdMark> edges(ErdDiagram d) {
        return d.edges().stream().collect(Collectors.toMap(ErdEdge::name, ErdEdge::mark));
    }

    private static void assertMarks(ErdDiagram d) {
        assertThat(d.isDiff()).isTrue();
        assertThat(nodes(d)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "users", ErdMark.CHANGED, "posts", ErdMark.CHANGED, "tags", ErdMark.DROPPED, "likes", ErdMark.ADDED));
        assertThat(fields(d, "users")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "id", ErdMark.UNCHANGED, "name", ErdMark.CHANGED, "email", ErdMark.ADDED, "bio", ErdMark.DROPPED));
        assertThat(fields(d, "tags")).containsEntry("id", ErdMark.DROPPED);
        assertThat(fields(d, "likes")).containsEntry("user_id", ErdMark.ADDED);
        assertThat(edges(d)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "posts_author", ErdMark.DROPPED, "posts_editor", ErdMark.ADDED, "likes_user", ErdMark.ADDED));
        // Dropped columns come after the ones that stay, so the box reads as the desired table first.
        List<ErdField> users = d.nodes().stream().filter(n -> n.name().equals("users")).findFirst().orElseThrow().fields();
        assertThat(users.get(users.size() - 1).name()).isEqualTo("bio");
    }

    @Test
    void comparedByName() {
        assertMarks(Erd.diff(CURRENT, DESIRED));
    }

    @Test
    void fromTheDiffersChanges() {
        List<Change> changes = List.of(
                new AddTable("app", LIKES),
                new DropTable("app", TAGS),
                new ModifyTable("app", USERS, USERS2, List.of(
                        new DropColumn(USERS.column("bio").orElseThrow()),
                        new ModifyColumn(USERS.column("name").orElseThrow(), USERS2.column("name").orElseThrow(), EnumSet.of(ColumnAspect.TYPE)),
                        new AddColumn(USERS2.column("email").orElseThrow()))),
                new ModifyTable("app", POSTS, POSTS2, List.of(
                        new AddColumn(POSTS2.column("editor_id").orElseThrow()),
                        new DropForeignKey(POSTS.foreignKeys().get(0)),
                        new AddForeignKey(POSTS2.foreignKeys().get(0)))));
        ErdDiagram d = Erd.diff(DESIRED, changes);
        assertMarks(d);
        assertThat(fields(d, "posts")).containsEntry("editor_id", ErdMark.ADDED).containsEntry("author_id", ErdMark.UNCHANGED);
    }

    @Test
    void aRenameIsAChangeNotADropAndAnAdd() {
        Table people = USERS.withName("people");
        Realm desired = Realm.of(Schema.builder("app").table(people).build());
        ErdDiagram d = Erd.diff(desired, List.of(new RenameTable("app", USERS, people)));
        assertThat(nodes(d)).containsExactlyEntriesOf(Map.of("people", ErdMark.CHANGED));
        // Compared by name, the same pair reads as a drop and an add: why the change list is preferred.
        assertThat(nodes(Erd.diff(Realm.of(Schema.builder("app").table(USERS).build()), desired)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("people", ErdMark.ADDED, "users", ErdMark.DROPPED));
    }

    @Test
    void equalRealmsHaveNothingMarked() {
        ErdDiagram d = Erd.diff(CURRENT, CURRENT);
        assertThat(d.isDiff()).isFalse();
        assertThat(d.html()).contains("<body class=\"plain\">").doesNotContain("+ added");
        assertThat(Erd.diff(CURRENT, DESIRED).html()).contains("<body class=\"diff\">").contains("+ added");
    }

    @Test
    void marksShowInEveryFormat() {
        ErdDiagram d = Erd.diff(CURRENT, DESIRED);
        MermaidErParser.Diagram m = MermaidErParser.parse(d.mermaid());
        assertThat(m.entities().get("users").stream().filter(a -> a.name().equals("bio")).findFirst().orElseThrow().comment())
                .isEqualTo("-");
        assertThat(m.entities().get("users").stream().filter(a -> a.name().equals("name")).findFirst().orElseThrow().comment())
                .isEqualTo("~");
        assertThat(m.relationships().stream().map(MermaidErParser.Relationship::role).toList())
                .contains("-posts_author", "+posts_editor");
        DotParser.Graph g = DotParser.parse(d.dot());
        String likes = d.nodes().stream().filter(n -> n.name().equals("likes")).findFirst().orElseThrow().id();
        assertThat(g.nodes().get(likes).attrs().get("label")).contains("COLOR=\"#1a7f37\"").contains("+likes");
    }
}
