package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.RenameHints;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Realm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per planner path: the planned T-SQL (golden), and that it turns the current model into the
 * desired one when run by the T-SQL interpreter.
 */
class MssqlPlannerTest {
    private static Realm load(String sql) {
        return new TsqlInterpreter("dbo").run("test.sql", sql).realm();
    }

    /** Plans current → desired, checks convergence, and returns the statements. */
    private static List<String> plan(String current, String desired) {
        Realm from = load(current);
        Realm to = load(desired);
        DiffOptions hints = RenameHints.scan(desired, "desired.sql");
        List<Change> changes = Differ.diff(from, to, MssqlDiffHooks.INSTANCE, hints);
        Plan plan = MssqlPlanner.INSTANCE.plan(changes, PlanOptions.defaults().withQualifySchema(true));
        assertThat(plan.transactional()).isTrue();
        TsqlInterpreter in = TsqlInterpreter.from(from, "dbo");
        for (Statement st : plan.statements()) in.run("plan", st.sql());
        assertThat(Differ.diff(in.realm(), to, MssqlDiffHooks.INSTANCE, DiffOptions.defaults())).as("left after applying").isEmpty();
        return plan.statements().stream().map(Statement::sql).toList();
    }

    @Test
    void createTableWithEveryKindOfElement() {
        assertThat(plan("CREATE TABLE p (id int PRIMARY KEY)", """
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (
                  id bigint IDENTITY(1, 1) NOT NULL,
                  code nvarchar(20) COLLATE Latin1_General_CS_AS NOT NULL CONSTRAINT DF_t_code DEFAULT N'x',
                  pid int NULL REFERENCES p (id) ON DELETE CASCADE,
                  total AS (id * 2) PERSISTED,
                  CONSTRAINT PK_t PRIMARY KEY NONCLUSTERED (id),
                  CONSTRAINT UQ_t_code UNIQUE (code),
                  CONSTRAINT CK_t_code CHECK (code <> '')
                );
                CREATE INDEX IX_t_pid ON t (pid DESC) INCLUDE (code) WHERE pid IS NOT NULL;
                EXEC sp_addextendedproperty N'MS_Description', N'the t table', N'SCHEMA', N'dbo', N'TABLE', N't';
                """)).containsExactly("""
                CREATE TABLE [dbo].[t] (
                  [id] bigint IDENTITY(1, 1) NOT NULL,
                  [code] nvarchar(20) COLLATE Latin1_General_CS_AS NOT NULL CONSTRAINT [DF_t_code] DEFAULT (N'x'),
                  [pid] int NULL,
                  [total] AS ([id]*(2)) PERSISTED,
                  CONSTRAINT [PK_t] PRIMARY KEY NONCLUSTERED ([id]),
                  CONSTRAINT [UQ_t_code] UNIQUE NONCLUSTERED ([code]),
                  FOREIGN KEY ([pid]) REFERENCES [dbo].[p] ([id]) ON DELETE CASCADE,
                  CONSTRAINT [CK_t_code] CHECK ([code]<>'')
                )""", "CREATE NONCLUSTERED INDEX [IX_t_pid] ON [dbo].[t] ([pid] DESC) INCLUDE ([code]) WHERE ([pid] IS NOT NULL)",
                "EXEC sp_addextendedproperty N'MS_Description', N'the t table', N'SCHEMA', N'dbo', N'TABLE', N't'");
    }

    @Test
    void dropAndRenameTables() {
        assertThat(plan("CREATE TABLE a (x int); CREATE TABLE b (y int)", "CREATE TABLE c ( -- atlas:renamed-from a\n x int)"))
                .containsExactly("EXEC sp_rename N'[dbo].[a]', N'c'", "DROP TABLE [dbo].[b]");
    }

    @Test
    void addDropAndRenameColumns() {
        assertThat(plan("CREATE TABLE t (id int, old int, gone int CONSTRAINT DF_gone DEFAULT 0)",
                "CREATE TABLE t (\n id int,\n new int, -- atlas:renamed-from old\n added int NOT NULL DEFAULT 1)"))
                .containsExactly("ALTER TABLE [dbo].[t] DROP CONSTRAINT [DF_gone]", "ALTER TABLE [dbo].[t] DROP COLUMN [gone]",
                        "EXEC sp_rename N'[dbo].[t].[old]', N'new', N'COLUMN'", "ALTER TABLE [dbo].[t] ADD [added] int NOT NULL DEFAULT ((1))");
    }

    @Test
    void aTypeChangeDropsAndRestoresTheDefaultAndTheIndexesOnTheColumn() {
        assertThat(plan("CREATE TABLE t (c varchar(10) CONSTRAINT DF_c DEFAULT 'a'); CREATE INDEX ix ON t (c);",
                "CREATE TABLE t (c varchar(20) NOT NULL CONSTRAINT DF_c DEFAULT 'a'); CREATE INDEX ix ON t (c);"))
                .containsExactly("DROP INDEX [ix] ON [dbo].[t]", "ALTER TABLE [dbo].[t] DROP CONSTRAINT [DF_c]",
                        "ALTER TABLE [dbo].[t] ALTER COLUMN [c] varchar(20) NOT NULL",
                        "ALTER TABLE [dbo].[t] ADD CONSTRAINT [DF_c] DEFAULT ('a') FOR [c]", "CREATE NONCLUSTERED INDEX [ix] ON [dbo].[t] ([c])");
    }

    @Test
    void defaultsChangeByConstraint() {
        assertThat(plan("CREATE TABLE t (c int CONSTRAINT DF_c DEFAULT 0, d int)", "CREATE TABLE t (c int CONSTRAINT DF_c DEFAULT 1, d int DEFAULT 2)"))
                .containsExactly("ALTER TABLE [dbo].[t] DROP CONSTRAINT [DF_c]", "ALTER TABLE [dbo].[t] ADD CONSTRAINT [DF_c] DEFAULT ((1)) FOR [c]",
                        "ALTER TABLE [dbo].[t] ADD DEFAULT ((2)) FOR [d]");
    }

    @Test
    void aPrimaryKeyColumnChangeRebuildsTheKeyAndItsForeignKeys() {
        assertThat(plan("CREATE TABLE p (id int CONSTRAINT PK_p PRIMARY KEY); CREATE TABLE c (pid int CONSTRAINT FK_c FOREIGN KEY REFERENCES p (id))",
                "CREATE TABLE p (id int NOT NULL, t int NOT NULL, CONSTRAINT PK_p PRIMARY KEY (t, id));"
                        + " CREATE TABLE c (pid int, t int, CONSTRAINT FK_c FOREIGN KEY (t, pid) REFERENCES p (t, id))"))
                .containsExactly("ALTER TABLE [dbo].[c] DROP CONSTRAINT [FK_c]", "ALTER TABLE [dbo].[p] DROP CONSTRAINT [PK_p]",
                        "ALTER TABLE [dbo].[p] ADD [t] int NOT NULL", "ALTER TABLE [dbo].[p] ADD CONSTRAINT [PK_p] PRIMARY KEY CLUSTERED ([t], [id])",
                        "ALTER TABLE [dbo].[c] ADD [t] int NULL",
                        "ALTER TABLE [dbo].[c] ADD CONSTRAINT [FK_c] FOREIGN KEY ([t], [pid]) REFERENCES [dbo].[p] ([t], [id])");
    }

    @Test
    void indexesUniqueConstraintsAndChecks() {
        assertThat(plan("CREATE TABLE t (a int, b int, CONSTRAINT ck CHECK (a > 0)); CREATE INDEX ix_a ON t (a);",
                "CREATE TABLE t (a int, b int, CONSTRAINT ck CHECK (a > 1), CONSTRAINT uq_b UNIQUE (b)); CREATE INDEX ix_a ON t (a, b);"))
                .containsExactly("DROP INDEX [ix_a] ON [dbo].[t]", "ALTER TABLE [dbo].[t] DROP CONSTRAINT [ck]",
                        "CREATE NONCLUSTERED INDEX [ix_a] ON [dbo].[t] ([a], [b])", "ALTER TABLE [dbo].[t] ADD CONSTRAINT [uq_b] UNIQUE NONCLUSTERED ([b])",
                        "ALTER TABLE [dbo].[t] ADD CONSTRAINT [ck] CHECK ([a]>(1))");
    }

    @Test
    void anIdentityChangeRebuildsTheTableKeepingRows() {
        List<String> sql = plan("CREATE TABLE t (id int NOT NULL CONSTRAINT PK_t PRIMARY KEY, v int)",
                "CREATE TABLE t (id int IDENTITY(1,1) NOT NULL CONSTRAINT PK_t PRIMARY KEY, v int)");
        assertThat(sql).containsExactly("CREATE TABLE [dbo].[atlas4j_new_t] (\n  [id] int IDENTITY(1, 1) NOT NULL,\n  [v] int NULL\n)",
                "SET IDENTITY_INSERT [dbo].[atlas4j_new_t] ON; INSERT INTO [dbo].[atlas4j_new_t] ([id], [v]) SELECT [id], [v] FROM [dbo].[t];"
                        + " SET IDENTITY_INSERT [dbo].[atlas4j_new_t] OFF",
                "DROP TABLE [dbo].[t]", "EXEC sp_rename N'[dbo].[atlas4j_new_t]', N't'",
                "ALTER TABLE [dbo].[t] ADD CONSTRAINT [PK_t] PRIMARY KEY CLUSTERED ([id])");
    }

    @Test
    void aComputedColumnIsDroppedAndAddedAgain() {
        assertThat(plan("CREATE TABLE t (a int, b AS (a + 1))", "CREATE TABLE t (a int, b AS (a + 2) PERSISTED)"))
                .containsExactly("ALTER TABLE [dbo].[t] DROP COLUMN [b]", "ALTER TABLE [dbo].[t] ADD [b] AS ([a]+(2)) PERSISTED");
    }

    @Test
    void viewsTriggersRoutinesSequencesTypesAndSchemas() {
        List<String> sql = plan("CREATE TABLE t (a int); CREATE VIEW v AS SELECT a FROM t;\nGO\nCREATE PROCEDURE p AS SELECT 1\nGO\nCREATE SEQUENCE s START WITH 1",
                """
                CREATE SCHEMA app;
                CREATE TABLE t (a int);
                CREATE VIEW v AS SELECT a, a + 1 AS b FROM t;
                GO
                CREATE TRIGGER tr ON t AFTER INSERT AS SET NOCOUNT ON
                GO
                CREATE PROCEDURE p AS SELECT 2
                GO
                CREATE TYPE app.phone FROM nvarchar(20) NOT NULL;
                """);
        assertThat(sql).containsExactlyInAnyOrder("CREATE SCHEMA [app]", "DROP SEQUENCE [dbo].[s]", "CREATE OR ALTER PROCEDURE p AS SELECT 2",
                "CREATE TRIGGER tr ON t AFTER INSERT AS SET NOCOUNT ON", "ALTER VIEW [dbo].[v] AS\nSELECT a, a + 1 AS b FROM t",
                "CREATE TYPE [app].[phone] FROM nvarchar(20) NOT NULL");
        assertThat(plan("CREATE SEQUENCE s AS int START WITH 5 INCREMENT BY 2", "CREATE SEQUENCE s AS int START WITH 5 INCREMENT BY 3"))
                .containsExactly("DROP SEQUENCE [dbo].[s]",
                        "CREATE SEQUENCE [dbo].[s] AS int START WITH 5 INCREMENT BY 3 MINVALUE -2147483648 MAXVALUE 2147483647 NO CYCLE");
        assertThat(plan("CREATE SCHEMA old;", "")).containsExactly("DROP SCHEMA [old]");
    }

    @Test
    void columnCommentsUseExtendedProperties() {
        assertThat(plan("CREATE TABLE t (a int)", "CREATE TABLE t (a int); EXEC sp_addextendedproperty 'MS_Description', 'an a',"
                + " 'SCHEMA', 'dbo', 'TABLE', 't', 'COLUMN', 'a'"))
                .containsExactly("EXEC sp_addextendedproperty N'MS_Description', N'an a', N'SCHEMA', N'dbo', N'TABLE', N't', N'COLUMN', N'a'");
    }

    @Test
    void columnstoreIndexesAreRefusedWithARemedy() {
        Realm from = load("CREATE TABLE t (a int)");
        Realm to = load("CREATE TABLE t (a int); CREATE COLUMNSTORE INDEX cs ON t (a)");
        List<Change> changes = Differ.diff(from, to, MssqlDiffHooks.INSTANCE, DiffOptions.defaults());
        assertThatThrownBy(() -> MssqlPlanner.INSTANCE.plan(changes)).isInstanceOf(UnsupportedChangeException.class)
                .hasMessageContaining("columnstore").hasMessageContaining("migration file");
    }

    @Test
    void unqualifiedWhenTheTargetIsOneSchema() {
        Realm from = load("CREATE TABLE t (a int)");
        Realm to = load("CREATE TABLE t (a int, b int)");
        Plan p = MssqlPlanner.INSTANCE.plan(Differ.diff(from, to, MssqlDiffHooks.INSTANCE, DiffOptions.defaults()));
        assertThat(p.statements()).extracting(Statement::sql).containsExactly("ALTER TABLE [t] ADD [b] int NULL");
    }
}
