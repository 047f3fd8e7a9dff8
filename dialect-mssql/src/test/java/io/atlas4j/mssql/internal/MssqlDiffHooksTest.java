package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MssqlDiffHooksTest {
    private final MssqlDiffHooks h = MssqlDiffHooks.INSTANCE;

    private static List<Change> diff(String a, String b) {
        Realm x = new TsqlInterpreter("dbo").run("a.sql", a).realm();
        Realm y = new TsqlInterpreter("dbo").run("b.sql", b).realm();
        return Differ.diff(x, y, MssqlDiffHooks.INSTANCE, DiffOptions.defaults());
    }

    @Test
    void equivalentSpellingsAreNoChange() {
        assertThat(diff("CREATE TABLE USERS (ID integer DEFAULT ((0)), s varchar(10) DEFAULT ('a'), n numeric)",
                "create table users (id INT default 0, S character varying(10) default 'a', n numeric(18,0))")).isEmpty();
        assertThat(diff("CREATE TABLE t (s varchar(9), CONSTRAINT ck CHECK (s IN ('a', 'b')))",
                "CREATE TABLE t (s varchar(9), CONSTRAINT CK CHECK ([s]='a' OR [s]='b'))")).isEmpty();
        assertThat(diff("CREATE TABLE t (a int); CREATE INDEX ix ON t (a) WHERE a IS NOT NULL",
                "CREATE TABLE t (a int); CREATE INDEX IX ON t (A) WHERE ([a] IS NOT NULL)")).isEmpty();
        assertThat(diff("CREATE VIEW v AS SELECT 1 AS n", "CREATE VIEW V AS select   1   as N")).isEmpty();
        assertThat(diff("CREATE TABLE t (a int)\nGO\nCREATE TRIGGER tr ON t AFTER INSERT AS SET NOCOUNT ON",
                "CREATE TABLE t (a int)\nGO\nCREATE OR ALTER TRIGGER tr ON t AFTER INSERT AS set nocount on")).isEmpty();
    }

    @Test
    void realDifferencesRemain() {
        assertThat(diff("CREATE TABLE t (a int DEFAULT 0)", "CREATE TABLE t (a int DEFAULT 1)")).hasSize(1);
        assertThat(diff("CREATE TABLE t (a varchar(10))", "CREATE TABLE t (a varchar(max))")).hasSize(1);
        assertThat(diff("CREATE TABLE t (s varchar(9), CONSTRAINT ck CHECK (s = 'a'))", "CREATE TABLE t (s varchar(9), CONSTRAINT ck CHECK (s = 'A'))")).hasSize(1);
    }

    @Test
    void serverNamesAreGeneratedAndMatchByShape() {
        ForeignKey fk = new ForeignKey("FK__posts__user_i__6B24EA82", List.of("user_id"), QualifiedName.of("users"), List.of("id"),
                ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION, Attrs.EMPTY);
        assertThat(h.isGeneratedForeignKeyName(null, fk)).isTrue();
        assertThat(h.isGeneratedForeignKeyName(null, fk.withName("fk_posts_user"))).isFalse();
        assertThat(h.isGeneratedCheckName(null, new Check("CK__t__a__0519C6AF", "([a]>(0))", Attrs.EMPTY))).isTrue();
        assertThat(h.foreignKeyChanged(fk, fk.withName("fk__POSTS__user_i__6B24EA82").withRefTable(QualifiedName.of("USERS")))).isFalse();
        assertThat(h.nameKey("Users")).isEqualTo(h.nameKey("USERS"));
    }

    @Test
    void moduleHeadersCompareAlike() {
        assertThat(h.objectChanged(new Trigger("tr", "t", "CREATE TRIGGER tr ON t AS SET NOCOUNT ON", Attrs.EMPTY),
                new Trigger("tr", "T", "ALTER TRIGGER tr ON t AS SET NOCOUNT ON", Attrs.EMPTY))).isFalse();
        assertThat(MssqlDiffHooks.module("CREATE OR ALTER PROCEDURE p AS SELECT 1")).isEqualTo(MssqlDiffHooks.module("create procedure p as select 1"));
    }
}
