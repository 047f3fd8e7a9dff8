package io.atlas4j.sqlite.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.ColumnAspect;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import io.atlas4j.sqlite.internal.CatalogRows.ColumnRow;
import io.atlas4j.sqlite.internal.CatalogRows.ForeignKeyRow;
import io.atlas4j.sqlite.internal.CatalogRows.IndexRow;
import io.atlas4j.sqlite.internal.CatalogRows.ObjectRow;
import io.atlas4j.sqlite.internal.CatalogRows.TableRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The row mapper is pure: catalog rows in, model out. */
class SchemaMapperTest {
    private final CatalogRows rows = new CatalogRows(
            List.of(new TableRow("p", "CREATE TABLE p (id INTEGER PRIMARY KEY, code TEXT COLLATE NOCASE UNIQUE)", false, false, false),
                    new TableRow("c", "CREATE TABLE c (id INT, p_id INT REFERENCES p)", false, false, false),
                    new TableRow("tmp_x", "CREATE TABLE tmp_x (a)", false, false, false)),
            List.of(new ColumnRow("p", 0, "id", "INTEGER", false, null, 1, 0), new ColumnRow("p", 1, "code", "TEXT", false, null, 0, 0),
                    new ColumnRow("c", 0, "id", "INT", false, null, 0, 0), new ColumnRow("c", 1, "p_id", "INT", false, null, 0, 0),
                    new ColumnRow("tmp_x", 0, "a", "", false, null, 0, 0)),
            List.of(new IndexRow("p", 0, "sqlite_autoindex_p_1", true, "u", false, null, 0, 1, "code", false, "NOCASE"),
                    new IndexRow("c", 0, "c_p", false, "c", false, "CREATE INDEX c_p ON c (p_id COLLATE RTRIM)", 0, 1, "p_id", false, "RTRIM")),
            List.of(new ForeignKeyRow("c", 0, 0, "p", "p_id", null, "NO ACTION", "NO ACTION")),
            List.of(new ObjectRow("view", "v", "v", "CREATE VIEW v AS SELECT * FROM c JOIN p ON p.id = c.p_id")));

    @Test
    void mapsRowsToTheModel() {
        Schema s = SchemaMapper.map("main", rows, name -> !name.startsWith("tmp_"));
        assertThat(s.tables()).extracting(Table::name).containsExactly("p", "c");
        Table p = s.tables().get(0);
        assertThat(p.column("code").get().attrs()).isEqualTo(Attrs.of(new Collation("NOCASE")));
        // The key part inherits the column's NOCASE, so no collation is recorded on it.
        assertThat(p.indexes()).containsExactly(new Index("", true, List.of(IndexPart.column("code")), Attrs.of(new SqliteUniqueConstraint())));
        Table c = s.tables().get(1);
        assertThat(c.indexes().get(0).parts()).containsExactly(new IndexPart.OfColumn("p_id", false, Attrs.of(new Collation("RTRIM"))));
        assertThat(c.foreignKeys().get(0).refColumns()).isEmpty();
        assertThat(s.views().get(0).dependsOn()).containsExactlyInAnyOrder(QualifiedName.of("c"), QualifiedName.of("p"));
    }

    @Test
    void normalizationKeepsDeclarationsAndComparesByMeaning() {
        Schema s = SqliteDiffHooks.INSTANCE.normalizeSchema(SchemaMapper.map("main", rows, name -> true));
        ForeignKey implicit = s.tables().get(1).foreignKeys().get(0);
        assertThat(implicit.refColumns()).as("declared without columns, planned so").isEmpty();
        assertThat(implicit.attrs().get(ImpliedRefColumns.class)).contains(new ImpliedRefColumns(List.of("id")));
        ForeignKey explicit = refs(implicit, "id");
        assertThat(SqliteDiffHooks.INSTANCE.foreignKeyChanged(implicit, explicit)).isFalse();
        assertThat(SqliteDiffHooks.INSTANCE.foreignKeyChanged(implicit, refs(implicit, "code"))).isTrue();
        Column id = s.tables().get(0).column("id").get();
        assertThat(id.nullable()).as("rowid alias as declared").isTrue();
        assertThat(id.attrs().has(RowIdAlias.class)).isTrue();
        assertThat(SqliteDiffHooks.INSTANCE.columnAspects(id, id.withNullable(false))).isEmpty();
        Column code = s.tables().get(0).column("code").get();
        assertThat(SqliteDiffHooks.INSTANCE.columnAspects(code, code.withNullable(false))).containsExactly(ColumnAspect.NULLABILITY);
    }

    private static ForeignKey refs(ForeignKey fk, String... columns) {
        return new ForeignKey(fk.name(), fk.columns(), fk.refTable(), List.of(columns), fk.onUpdate(), fk.onDelete(), Attrs.EMPTY);
    }
}
