package io.atlas4j.mssql.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mssql.Clustered;
import io.atlas4j.mssql.Columnstore;
import io.atlas4j.mssql.DefaultName;
import io.atlas4j.mssql.Identity;
import io.atlas4j.mssql.IncludedColumns;
import io.atlas4j.mssql.Routine;
import io.atlas4j.mssql.SchemaBinding;
import io.atlas4j.mssql.Sequence;
import io.atlas4j.mssql.UniqueConstraint;
import io.atlas4j.mssql.UserType;
import io.atlas4j.mssql.internal.MssqlRows.CheckRow;
import io.atlas4j.mssql.internal.MssqlRows.ColumnRow;
import io.atlas4j.mssql.internal.MssqlRows.ForeignKeyRow;
import io.atlas4j.mssql.internal.MssqlRows.IndexRow;
import io.atlas4j.mssql.internal.MssqlRows.ModuleRow;
import io.atlas4j.mssql.internal.MssqlRows.SchemaRow;
import io.atlas4j.mssql.internal.MssqlRows.SequenceRow;
import io.atlas4j.mssql.internal.MssqlRows.TableRow;
import io.atlas4j.mssql.internal.MssqlRows.TypeRow;
import io.atlas4j.mssql.internal.MssqlRows.ViewRow;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import org.junit.jupiter.api.Test;

/**
 * The inspector without a server: each catalog query parses as T-SQL and names the sys views and
 * columns it needs; recorded rows (as SQL Server returns them for a known schema) map to the model,
 * and that model agrees with what the offline loader reads from the same DDL.
 */
class MssqlInspectorTest {
    private static final String DB_COLLATION = "SQL_Latin1_General_CP1_CI_AS";

    /** The rows SQL Server's catalog holds after the DDL of {@link #DDL}. */
    static MssqlCatalog recorded() {
        return new MssqlCatalog(
                List.of(new SchemaRow("app"), new SchemaRow("dbo")),
                List.of(new TableRow("dbo", "orders", "customer orders"), new TableRow("dbo", "users", null)),
                List.of(
                        new ColumnRow("dbo", "orders", "id", 1, "bigint", false, "bigint", 8, 19, 0, false, null, false, true, 1L, 1L, null, false, null, null, null, DB_COLLATION),
                        new ColumnRow("dbo", "orders", "user_id", 2, "int", false, "int", 4, 10, 0, true, null, false, false, null, null, null, false, null, null, null, DB_COLLATION),
                        new ColumnRow("dbo", "orders", "status", 3, "nvarchar", false, "nvarchar", 40, 0, 0, false, DB_COLLATION, false, false, null, null, null, false, "DF_orders_status", "(N'new')", "order state", DB_COLLATION),
                        new ColumnRow("dbo", "orders", "total", 4, "decimal", false, "decimal", 9, 10, 2, true, null, false, false, null, null, null, false, "DF__orders__total__3B75D760", "((0))", null, DB_COLLATION),
                        new ColumnRow("dbo", "orders", "code", 5, "varchar", false, "varchar", -1, 0, 0, true, "Latin1_General_CS_AS", false, false, null, null, null, false, null, null, null, DB_COLLATION),
                        new ColumnRow("dbo", "orders", "doubled", 6, "decimal", false, "decimal", 9, 13, 2, true, null, false, false, null, null, "([total]*(2))", true, null, null, null, DB_COLLATION),
                        new ColumnRow("dbo", "users", "id", 1, "int", false, "int", 4, 10, 0, false, null, false, false, null, null, null, false, null, null, null, DB_COLLATION),
                        new ColumnRow("dbo", "users", "email", 2, "varchar", false, "varchar", 255, 0, 0, true, DB_COLLATION, false, false, null, null, null, false, null, null, null, DB_COLLATION)),
                List.of(
                        new IndexRow("dbo", "orders", "ix_orders_user", 2, false, false, false, "([user_id] IS NOT NULL)", 1, false, true, "user_id"),
                        new IndexRow("dbo", "orders", "ix_orders_user", 2, false, false, false, "([user_id] IS NOT NULL)", 0, true, false, "status"),
                        new IndexRow("dbo", "orders", "PK__orders__3213E83F1A2B3C4D", 1, true, true, false, null, 1, false, false, "id"),
                        new IndexRow("dbo", "users", "PK_users", 1, true, true, false, null, 1, false, false, "id"),
                        new IndexRow("dbo", "users", "UQ_users_email", 2, true, false, true, null, 1, false, false, "email")),
                List.of(new ForeignKeyRow("dbo", "orders", "FK_orders_users", "CASCADE", "NO_ACTION", "user_id", "dbo", "users", "id")),
                List.of(new CheckRow("dbo", "orders", "CK_orders_status", "([status]='done' OR [status]='new')")),
                List.of(new ViewRow("dbo", "open_orders", "CREATE VIEW open_orders WITH SCHEMABINDING AS SELECT id FROM dbo.orders WHERE status = 'new'", true)),
                List.of(new ModuleRow("dbo", "orders_audit", "TR", "CREATE TRIGGER orders_audit ON orders AFTER INSERT AS SET NOCOUNT ON;", "orders"),
                        new ModuleRow("dbo", "order_count", "FN", "CREATE FUNCTION order_count() RETURNS int AS BEGIN RETURN 1 END", null),
                        new ModuleRow("dbo", "purge", "P ", "CREATE PROCEDURE purge AS DELETE FROM orders", null)),
                List.of(new SequenceRow("dbo", "order_no", "bigint", 1000, 1, 1, Long.MAX_VALUE, false, true, null)),
                List.of(new TypeRow("app", "phone", "nvarchar", 40, 0, 0, false)));
    }

    static final String DDL = """
            CREATE SCHEMA app;
            GO
            CREATE TABLE users (id int CONSTRAINT PK_users PRIMARY KEY, email varchar(255), CONSTRAINT UQ_users_email UNIQUE (email));
            CREATE TABLE orders (
              id bigint IDENTITY(1,1) PRIMARY KEY,
              user_id int CONSTRAINT FK_orders_users REFERENCES users (id) ON DELETE CASCADE,
              status nvarchar(20) NOT NULL CONSTRAINT DF_orders_status DEFAULT N'new',
              total decimal(10,2) DEFAULT 0,
              code varchar(max) COLLATE Latin1_General_CS_AS,
              doubled AS (total * 2) PERSISTED,
              CONSTRAINT CK_orders_status CHECK (status IN ('done', 'new'))
            );
            CREATE INDEX ix_orders_user ON orders (user_id DESC) INCLUDE (status) WHERE user_id IS NOT NULL;
            EXEC sp_addextendedproperty 'MS_Description', 'customer orders', 'SCHEMA', 'dbo', 'TABLE', 'orders';
            EXEC sp_addextendedproperty 'MS_Description', 'order state', 'SCHEMA', 'dbo', 'TABLE', 'orders', 'COLUMN', 'status';
            GO
            CREATE VIEW open_orders WITH SCHEMABINDING AS SELECT id FROM dbo.orders WHERE status = 'new'
            GO
            CREATE TRIGGER orders_audit ON orders AFTER INSERT AS SET NOCOUNT ON;
            GO
            CREATE FUNCTION order_count() RETURNS int AS BEGIN RETURN 1 END
            GO
            CREATE PROCEDURE purge AS DELETE FROM orders
            GO
            CREATE SEQUENCE order_no AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1;
            CREATE TYPE app.phone FROM nvarchar(20) NOT NULL;
            """;

    @Test
    void everyQueryParsesAndNamesTheCatalogItReads() throws Exception {
        Map<String, List<String>> needs = Map.of(
                "schemas", List.of("sys.schemas", "schema_id"),
                "tables", List.of("sys.tables", "sys.extended_properties", "MS_Description", "is_ms_shipped"),
                "columns", List.of("sys.columns", "sys.types", "sys.identity_columns", "seed_value", "increment_value", "sys.computed_columns",
                        "is_persisted", "sys.default_constraints", "collation_name", "is_sparse", "max_length", "precision", "scale"),
                "indexes", List.of("sys.indexes", "sys.index_columns", "is_included_column", "is_descending_key", "filter_definition",
                        "is_primary_key", "is_unique_constraint", "key_ordinal"),
                "foreign keys", List.of("sys.foreign_keys", "sys.foreign_key_columns", "delete_referential_action_desc",
                        "update_referential_action_desc", "referenced_object_id"),
                "checks", List.of("sys.check_constraints", "definition"),
                "views", List.of("sys.views", "sys.sql_modules", "is_schema_bound"),
                "modules", List.of("sys.objects", "sys.sql_modules", "sys.triggers", "'TR'", "'P'"),
                "sequences", List.of("sys.sequences", "start_value", "is_cycling", "cache_size"),
                "types", List.of("sys.types", "is_user_defined", "is_table_type"));
        assertThat(MssqlInspector.queryNames()).containsExactlyElementsOf(
                List.of("schemas", "tables", "columns", "indexes", "foreign keys", "checks", "views", "modules", "sequences", "types"));
        for (String[] q : MssqlQueries.all()) {
            CCJSqlParserUtil.parse(q[1], p -> p.withSquareBracketQuotation(true));
            assertThat(q[1]).as(q[0]).contains(needs.get(q[0]));
        }
    }

    @Test
    void inspectionRunsAFixedNumberOfQueriesWhateverTheTables() {
        MssqlCatalog cat = recorded();
        FakeJdbc jdbc = new FakeJdbc(sql -> rowsFor(cat, sql));
        Realm realm = MssqlInspector.INSTANCE.inspectRealm(jdbc.connection(), InspectOptions.defaults().withAllSchemas(true));
        assertThat(jdbc.sql).hasSize(10);
        assertThat(realm.schemas()).extracting(Schema::name).containsExactly("app", "dbo");
        assertThat(realm.schema("dbo").orElseThrow().tables()).hasSize(2);
    }

    @Test
    void recordedRowsMapToTheModel() {
        Realm realm = MssqlAssembler.assemble(recorded(), s -> true, t -> true);
        Schema dbo = realm.schema("dbo").orElseThrow();
        Table orders = dbo.table("orders").orElseThrow();
        assertThat(orders.attrs().get(Comment.class)).contains(new Comment("customer orders"));
        Column id = orders.column("id").orElseThrow();
        assertThat(id.attrs().get(Identity.class)).contains(new Identity(1, 1));
        assertThat(MssqlTypes.INSTANCE.format(id.type())).isEqualTo("bigint");
        Column status = orders.column("status").orElseThrow();
        assertThat(MssqlTypes.INSTANCE.format(status.type())).isEqualTo("nvarchar(20)");
        assertThat(status.defaultValue().orElseThrow().sql()).isEqualTo("(N'new')");
        assertThat(status.attrs().get(DefaultName.class)).contains(new DefaultName("DF_orders_status"));
        assertThat(status.attrs().has(Collation.class)).as("database collation is no collation").isFalse();
        assertThat(orders.column("code").orElseThrow().attrs().get(Collation.class)).contains(new Collation("Latin1_General_CS_AS"));
        assertThat(MssqlTypes.INSTANCE.format(orders.column("code").orElseThrow().type())).isEqualTo("varchar(max)");
        assertThat(orders.column("doubled").orElseThrow().attrs().get(Generated.class)).contains(new Generated("([total]*(2))", true));
        assertThat(orders.primaryKey().orElseThrow().attrs().has(Clustered.class)).isTrue();
        Index ix = orders.index("ix_orders_user").orElseThrow();
        assertThat(ix.parts()).singleElement().matches(p -> p.descending());
        assertThat(ix.attrs().get(IncludedColumns.class)).contains(new IncludedColumns(List.of("status")));
        assertThat(ix.attrs().get(IndexPredicate.class)).contains(new IndexPredicate("([user_id] IS NOT NULL)"));
        ForeignKey fk = orders.foreignKeys().get(0);
        assertThat(fk.refTable()).isEqualTo(QualifiedName.of("users"));
        assertThat(fk.onDelete()).isEqualTo(ReferenceAction.CASCADE);
        assertThat(fk.onUpdate()).isEqualTo(ReferenceAction.NO_ACTION);
        assertThat(dbo.table("users").orElseThrow().index("UQ_users_email").orElseThrow().attrs().has(UniqueConstraint.class)).isTrue();
        assertThat(dbo.views().get(0).definition()).isEqualTo("SELECT id FROM dbo.orders WHERE status = 'new'");
        assertThat(dbo.views().get(0).attrs().has(SchemaBinding.class)).isTrue();
        assertThat(dbo.views().get(0).dependsOn()).contains(QualifiedName.of("orders"));
        assertThat(dbo.objects()).hasAtLeastOneElementOfType(Trigger.class).hasAtLeastOneElementOfType(Routine.class)
                .hasAtLeastOneElementOfType(Sequence.class);
        assertThat(realm.schema("app").orElseThrow().objects()).containsExactly(new UserType("phone", "nvarchar(20)", false,
                io.atlas4j.schema.Attrs.EMPTY));
    }

    @Test
    void columnstoreIndexesAreReadAndMarked() {
        Index cs = MssqlAssembler.index(List.of(new IndexRow("dbo", "t", "cs", 6, false, false, false, null, 0, false, false, "a")));
        assertThat(cs.attrs().get(Columnstore.class)).contains(new Columnstore(false));
        assertThat(cs.columnNames()).contains(List.of("a"));
    }

    @Test
    void theOfflineLoaderReadsWhatTheCatalogHolds() {
        Realm inspected = MssqlAssembler.assemble(recorded(), s -> true, t -> true);
        Realm loaded = new TsqlInterpreter("dbo").run("ddl.sql", DDL).realm();
        assertThat(Differ.diff(inspected, loaded, MssqlDiffHooks.INSTANCE, DiffOptions.defaults())).isEmpty();
    }

    private static final Pattern FROM = Pattern.compile("FROM sys\\.(\\w+)");

    /** Serves each query the recorded rows of its kind, as the driver would return them. */
    private static List<Object[]> rowsFor(MssqlCatalog cat, String sql) {
        Matcher m = FROM.matcher(sql);
        String from = m.find() ? m.group(1) : "";
        List<Object[]> out = new ArrayList<>();
        switch (from) {
            case "schemas" -> cat.schemas().forEach(r -> out.add(new Object[] {r.name()}));
            case "tables" -> cat.tables().forEach(r -> out.add(new Object[] {r.schema(), r.name(), r.comment()}));
            case "columns" -> cat.columns().forEach(r -> out.add(new Object[] {r.schema(), r.table(), r.name(), r.position(), r.typeName(),
                    r.userDefined(), r.baseType(), r.maxLength(), r.precision(), r.scale(), r.nullable(), r.collation(), r.sparse(),
                    r.identity(), r.seed(), r.increment(), r.computed(), r.persisted(), r.defaultName(), r.defaultDefinition(), r.comment(),
                    r.databaseCollation()}));
            case "indexes" -> cat.indexes().forEach(r -> out.add(new Object[] {r.schema(), r.table(), r.name(), r.type(), r.unique(),
                    r.primaryKey(), r.uniqueConstraint(), r.filter(), r.keyOrdinal(), r.included(), r.descending(), r.column()}));
            case "foreign_keys" -> cat.foreignKeys().forEach(r -> out.add(new Object[] {r.schema(), r.table(), r.name(), r.onDelete(),
                    r.onUpdate(), r.column(), r.refSchema(), r.refTable(), r.refColumn()}));
            case "check_constraints" -> cat.checks().forEach(r -> out.add(new Object[] {r.schema(), r.table(), r.name(), r.definition()}));
            case "views" -> cat.views().forEach(r -> out.add(new Object[] {r.schema(), r.name(), r.definition(), r.schemaBound()}));
            case "objects" -> cat.modules().forEach(r -> out.add(new Object[] {r.schema(), r.name(), r.type(), r.definition(), r.table()}));
            case "sequences" -> cat.sequences().forEach(r -> out.add(new Object[] {r.schema(), r.name(), r.type(), r.start(), r.increment(),
                    r.min(), r.max(), r.cycle(), r.cached(), r.cacheSize()}));
            case "types" -> cat.types().forEach(r -> out.add(new Object[] {r.schema(), r.name(), r.baseType(), r.maxLength(), r.precision(),
                    r.scale(), r.nullable()}));
            default -> throw new AssertionError("unexpected query " + sql);
        }
        return out;
    }
}
