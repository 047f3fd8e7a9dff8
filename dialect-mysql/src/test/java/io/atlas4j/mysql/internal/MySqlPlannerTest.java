package io.atlas4j.mysql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.mysql.Sequence;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MySqlPlannerTest {
    private final MySqlPlanner maria = new MySqlPlanner(ServerInfo.MARIADB_10_11, new MySqlTypes());
    private final MySqlPlanner mysql = new MySqlPlanner(ServerInfo.MYSQL_8, new MySqlTypes());

    private static Table t(String name, Column... cols) {
        return new Table(name, List.of(cols), Optional.of(new Index("PRIMARY", true, List.of(IndexPart.column("id")), Attrs.EMPTY)),
                List.of(), List.of(), List.of(), Attrs.EMPTY);
    }

    private static final Column ID = new Column("id", new IntegerType("int", false), false, Optional.empty(), Attrs.EMPTY);

    @Test
    void oneAlterTablePerTableAndNonTransactional() {
        Table from = t("t", ID);
        Column a = Column.of("a", new StringType("varchar", 20));
        Index ix = new Index("ix_a", false, List.of(IndexPart.column("a")), Attrs.EMPTY);
        Table to = t("t", ID, a).withIndexes(List.of(ix));
        Plan p = maria.plan(List.of(new ModifyTable("s", from, to, List.of(new AddColumn(a), new AddIndex(ix)))));
        assertThat(p.transactional()).isFalse();
        assertThat(p.statements()).extracting(Statement::sql)
                .containsExactly("ALTER TABLE `t` ADD COLUMN `a` varchar(20) NULL, ADD INDEX `ix_a` (`a`)");
        assertThat(p.statements()).allMatch(s -> !s.transactional());
    }

    @Test
    void createTableHasItsDropAsReverse() {
        Plan p = maria.plan(List.of(new AddTable("s", t("t", ID))));
        assertThat(p.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("CREATE TABLE `t` (\n  `id` int NOT NULL,\n  PRIMARY KEY (`id`)\n)");
            assertThat(s.reverse()).containsExactly("DROP TABLE `t`");
        });
    }

    @Test
    void foreignKeysAreDroppedBeforeEverythingElse() {
        ForeignKey fk = new ForeignKey("fk", List.of("p"), QualifiedName.of("a"), List.of("id"), ReferenceAction.CASCADE,
                ReferenceAction.CASCADE, Attrs.EMPTY);
        Column p = Column.of("p", new IntegerType("int", false));
        Table b = t("b", ID, p).withForeignKeys(List.of(fk));
        Table a = t("a", ID);
        Plan plan = maria.plan(List.of(new DropTable("s", a),
                new ModifyTable("s", b, b.withForeignKeys(List.of()), List.of(new DropForeignKey(fk)))));
        assertThat(plan.statements()).extracting(Statement::sql)
                .containsExactly("ALTER TABLE `b` DROP FOREIGN KEY `fk`", "DROP TABLE `a`");
    }

    @Test
    void mariaDbRebuildsGeneratedColumnsAndSaysWhenValuesAreLost() {
        Column a = Column.of("a", new IntegerType("int", false));
        Column plain = Column.of("b", new IntegerType("int", false));
        Column stored = plain.withAttrs(Attrs.of(new io.atlas4j.schema.Generated("`a` * 2", true)));
        Column virtual = plain.withAttrs(Attrs.of(new io.atlas4j.schema.Generated("`a` * 2", false)));
        java.util.function.BiFunction<Column, Column, Plan> plan = (f, t) -> maria.plan(List.of(new ModifyTable("s", t("t", ID, a, f),
                t("t", ID, a, t), List.of(new io.atlas4j.change.ModifyColumn(f, t, java.util.Set.of(io.atlas4j.change.ColumnAspect.GENERATED))))));
        Plan toVirtual = plan.apply(stored, virtual);
        assertThat(toVirtual.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("ALTER TABLE `t` DROP COLUMN `b`, ADD COLUMN `b` int GENERATED ALWAYS AS (`a` * 2) VIRTUAL");
            assertThat(s.isDestructive()).isFalse();
        });
        Plan toPlain = plan.apply(stored, plain);
        assertThat(toPlain.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("ALTER TABLE `t` DROP COLUMN `b`, ADD COLUMN `b` int NULL");
            assertThat(s.isDestructive()).isTrue();
            assertThat(s.comment()).contains("not kept");
        });
        assertThat(mysql.plan(List.of(new ModifyTable("s", t("t", ID, a, stored), t("t", ID, a, plain),
                List.of(new io.atlas4j.change.ModifyColumn(stored, plain, java.util.Set.of(io.atlas4j.change.ColumnAspect.GENERATED))))))
                .statements()).extracting(Statement::sql).containsExactly("ALTER TABLE `t` MODIFY COLUMN `b` int NULL");
    }

    @Test
    void sequencesNeedMariaDb() {
        AddObject seq = new AddObject("s", new Sequence("sq", 1, 1, 100, 1, 1000, false, Attrs.EMPTY));
        assertThat(maria.plan(List.of(seq)).statements()).extracting(Statement::sql)
                .containsExactly("CREATE SEQUENCE `sq` START WITH 1 MINVALUE 1 MAXVALUE 100 INCREMENT BY 1 CACHE 1000 NOCYCLE");
        assertThatThrownBy(() -> mysql.plan(List.of(seq))).isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("AUTO_INCREMENT");
    }

    @Test
    void eventsAreCreatedAlteredInPlaceAndDropped() {
        io.atlas4j.mysql.Event daily = new io.atlas4j.mysql.Event("cleanup", "EVERY 1 DAY", "ENABLE", false, "", "DELETE FROM r", Attrs.EMPTY);
        io.atlas4j.mysql.Event hourly = new io.atlas4j.mysql.Event("cleanup", "EVERY 2 HOUR ENDS '2031-01-01 00:00:00'", "DISABLE", true,
                "it's hourly", "DELETE FROM r WHERE id < 0", Attrs.EMPTY);
        assertThat(maria.plan(List.of(new AddObject("s", daily))).statements()).singleElement().satisfies(st -> {
            assertThat(st.sql()).isEqualTo("CREATE EVENT `cleanup` ON SCHEDULE EVERY 1 DAY ON COMPLETION NOT PRESERVE ENABLE COMMENT '' "
                    + "DO DELETE FROM r");
            assertThat(st.reverse()).containsExactly("DROP EVENT `cleanup`");
        });
        // Gaining an ENDS is an ALTER, and so is its reverse; ALTER cannot take an ENDS away, so losing one re-creates the event.
        assertThat(maria.plan(List.of(new io.atlas4j.change.ModifyObject("s", daily, hourly))).statements()).singleElement()
                .satisfies(st -> {
                    assertThat(st.sql()).isEqualTo("ALTER EVENT `cleanup` ON SCHEDULE EVERY 2 HOUR ENDS '2031-01-01 00:00:00' "
                            + "ON COMPLETION PRESERVE DISABLE COMMENT 'it''s hourly' DO DELETE FROM r WHERE id < 0");
                    assertThat(st.reverse()).isEmpty();
                });
        assertThat(maria.plan(List.of(new io.atlas4j.change.ModifyObject("s", hourly, daily))).statements())
                .extracting(Statement::sql).containsExactly("DROP EVENT `cleanup`", "CREATE EVENT `cleanup` ON SCHEDULE EVERY 1 DAY "
                        + "ON COMPLETION NOT PRESERVE ENABLE COMMENT '' DO DELETE FROM r");
        assertThat(maria.plan(List.of(new io.atlas4j.change.DropObject("s", daily))).statements()).extracting(Statement::sql)
                .containsExactly("DROP EVENT `cleanup`");
    }

    /** A re-added foreign key would take over (and rename) the index the server made for it; the plan re-creates that index as its own. */
    @Test
    void reAddedForeignKeyKeepsItsIndexName() {
        ForeignKey toUsers = new ForeignKey("posts_ibfk_1", List.of("a"), QualifiedName.of("users"), List.of("id"),
                ReferenceAction.RESTRICT, ReferenceAction.RESTRICT, Attrs.EMPTY);
        ForeignKey toAdmins = toUsers.withRefTable(QualifiedName.of("admins"));
        Column a = new Column("a", new IntegerType("int", false), true, Optional.empty(), Attrs.EMPTY);
        Index byColumn = new Index("a", false, List.of(IndexPart.column("a")), Attrs.EMPTY);
        Table from = t("posts", ID, a).withIndexes(List.of(byColumn)).withForeignKeys(List.of(toUsers));
        Table to = from.withForeignKeys(List.of(toAdmins));
        Plan p = maria.plan(List.of(new ModifyTable("s", from, to, List.of(new io.atlas4j.change.ModifyForeignKey(toUsers, toAdmins)))));
        assertThat(p.statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE `posts` DROP FOREIGN KEY `posts_ibfk_1`",
                "ALTER TABLE `posts` DROP INDEX `a`, ADD INDEX `a` (`a`), ADD CONSTRAINT `posts_ibfk_1` FOREIGN KEY (`a`) "
                        + "REFERENCES `admins` (`id`) ON UPDATE RESTRICT ON DELETE RESTRICT");
    }

    /** RENAME COLUMN carries indexes, keys and (on MariaDB) checks along: what differs only by the rename gets no statement. */
    @Test
    void renamedColumnsReferencesFollowWithoutStatements() {
        Column email = new Column("email", new StringType("varchar", 50), false, Optional.empty(), Attrs.EMPTY);
        Index unique = new Index("uq", true, List.of(IndexPart.column("email")), Attrs.EMPTY);
        io.atlas4j.schema.Check check = new io.atlas4j.schema.Check("ck", "`email` <> ''", Attrs.EMPTY);
        Table from = t("t", ID, email).withIndexes(List.of(unique)).withChecks(List.of(check));
        Column mail = email.withName("mail");
        Index renamedUnique = new Index("uq", true, List.of(IndexPart.column("mail")), Attrs.EMPTY);
        io.atlas4j.schema.Check renamedCheck = new io.atlas4j.schema.Check("ck", "`mail` <> ''", Attrs.EMPTY);
        Table to = t("t", ID, mail).withIndexes(List.of(renamedUnique)).withChecks(List.of(renamedCheck));
        ModifyTable m = new ModifyTable("s", from, to, List.of(new io.atlas4j.change.RenameColumn(email, mail),
                new io.atlas4j.change.ModifyIndex(unique, renamedUnique), new io.atlas4j.change.ModifyCheck(check, renamedCheck)));
        assertThat(maria.plan(List.of(m)).statements()).extracting(Statement::sql)
                .containsExactly("ALTER TABLE `t` RENAME COLUMN `email` TO `mail`");
        // MySQL refuses to rename a column a check reads: the check is dropped first and added again.
        assertThat(mysql.plan(List.of(m)).statements()).extracting(Statement::sql).containsExactly(
                "ALTER TABLE `t` DROP CHECK `ck`", "ALTER TABLE `t` RENAME COLUMN `email` TO `mail`, ADD CONSTRAINT `ck` CHECK (`mail` <> '')");
    }
}
