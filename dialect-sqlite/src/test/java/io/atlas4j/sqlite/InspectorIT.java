package io.atlas4j.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.UnsupportedType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inspector reads, element by element (convergence alone would not notice a fact read on neither side). */
class InspectorIT {
    @TempDir
    Path dir;

    private Schema inspect(String sql) {
        try (SqliteDb db = SqliteDb.open(dir.resolve("i.db"))) {
            return db.exec(sql).inspect();
        }
    }

    @Test
    void readsColumns() {
        Table t = inspect("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name varchar(40) NOT NULL COLLATE NOCASE DEFAULT 'x', "
                + "price DECIMAL(10,2) DEFAULT (1 + 1), at TEXT DEFAULT CURRENT_TIMESTAMP, raw, "
                + "twice INT GENERATED ALWAYS AS (price * 2) STORED, half AS (price / 2))").tables().get(0);
        assertThat(t.columns()).containsExactly(
                new Column("id", new IntegerType("INTEGER"), true, Optional.empty(), Attrs.EMPTY),
                new Column("name", new StringType("varchar", 40), false, Optional.of(new Literal("'x'")), Attrs.of(new Collation("NOCASE"))),
                new Column("price", new DecimalType("DECIMAL", 10, 2), true, Optional.of(new RawExpr("1 + 1")), Attrs.EMPTY),
                new Column("at", new StringType("TEXT"), true, Optional.of(new RawExpr("CURRENT_TIMESTAMP")), Attrs.EMPTY),
                new Column("raw", new UnsupportedType(""), true, Optional.empty(), Attrs.EMPTY),
                new Column("twice", new IntegerType("INT"), true, Optional.empty(), Attrs.of(new Generated("price * 2", true))),
                new Column("half", new UnsupportedType(""), true, Optional.empty(), Attrs.of(new Generated("price / 2", false))));
        assertThat(t.primaryKey()).contains(new Index("", true, List.of(IndexPart.column("id")), Attrs.of(new SqliteAutoincrement())));
    }

    @Test
    void readsTableOptionsAndKeys() {
        Schema s = inspect("CREATE TABLE kv (k TEXT NOT NULL, v ANY, PRIMARY KEY (k DESC)) WITHOUT ROWID, STRICT;"
                + "CREATE TABLE plain (a INT, b INT, c TEXT UNIQUE, UNIQUE (a, b))");
        Table kv = s.tables().get(0);
        assertThat(kv.attrs()).isEqualTo(Attrs.of(new SqliteStrict(), new SqliteWithoutRowId()));
        assertThat(kv.primaryKey().get().parts()).containsExactly(new IndexPart.OfColumn("k", true, Attrs.EMPTY));
        Table plain = s.tables().get(1);
        assertThat(plain.attrs()).isEqualTo(Attrs.EMPTY);
        assertThat(plain.primaryKey()).isEmpty();
        assertThat(plain.indexes()).containsExactlyInAnyOrder(
                new Index("", true, List.of(IndexPart.column("a"), IndexPart.column("b")), Attrs.of(new SqliteUniqueConstraint())),
                new Index("", true, List.of(IndexPart.column("c")), Attrs.of(new SqliteUniqueConstraint())));
    }

    @Test
    void readsIndexes() {
        Table t = inspect("CREATE TABLE t (a TEXT COLLATE NOCASE, b INT, c TEXT);"
                + "CREATE UNIQUE INDEX t_partial ON t (a) WHERE b > 0;"
                + "CREATE INDEX t_expr ON t (lower(c) DESC, b);"
                + "CREATE INDEX t_coll ON t (a COLLATE BINARY, c COLLATE RTRIM DESC)").tables().get(0);
        assertThat(t.indexes()).containsExactlyInAnyOrder(
                new Index("t_partial", true, List.of(IndexPart.column("a")), Attrs.of(new IndexPredicate("b > 0"))),
                new Index("t_expr", false, List.of(new IndexPart.OfExpr("lower(c)", true, Attrs.EMPTY), IndexPart.column("b")), Attrs.EMPTY),
                new Index("t_coll", false, List.of(new IndexPart.OfColumn("a", false, Attrs.of(new Collation("BINARY"))),
                        new IndexPart.OfColumn("c", true, Attrs.of(new Collation("RTRIM")))), Attrs.EMPTY));
    }

    @Test
    void readsForeignKeysAndChecks() {
        Table c = inspect("CREATE TABLE p (id INTEGER PRIMARY KEY, x INT, y INT, UNIQUE (x, y));"
                + "CREATE TABLE c (id INT CHECK (id > 0), p_id INT CONSTRAINT c_p REFERENCES p (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
                + " q INT REFERENCES p, x INT, y INT, CONSTRAINT c_xy FOREIGN KEY (x, y) REFERENCES p (x, y) ON UPDATE SET NULL,"
                + " CONSTRAINT positive CHECK (x >= 0))").tables().get(1);
        assertThat(c.foreignKeys()).containsExactlyInAnyOrder(
                new ForeignKey("c_p", List.of("p_id"), QualifiedName.of("p"), List.of("id"), ReferenceAction.NO_ACTION,
                        ReferenceAction.CASCADE, Attrs.of(new Deferrable(true))),
                new ForeignKey("", List.of("q"), QualifiedName.of("p"), List.of(), ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION, Attrs.EMPTY),
                new ForeignKey("c_xy", List.of("x", "y"), QualifiedName.of("p"), List.of("x", "y"), ReferenceAction.SET_NULL,
                        ReferenceAction.NO_ACTION, Attrs.EMPTY));
        assertThat(c.checks()).containsExactly(new Check("", "id > 0", Attrs.EMPTY), new Check("positive", "x >= 0", Attrs.EMPTY));
    }

    @Test
    void readsViewsAndTriggersAndSkipsInternalTables() {
        Schema s = inspect("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT);"
                + "CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT a FROM v1;"
                + "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN UPDATE t SET a = 'x' WHERE id = NEW.id; END;"
                + "INSERT INTO t (a) VALUES ('y')");
        assertThat(s.tables()).extracting(Table::name).containsExactly("t");
        assertThat(s.views()).containsExactly(View.of("v1", "CREATE VIEW v1 AS SELECT a FROM t"), View.of("v2", "CREATE VIEW v2 AS SELECT a FROM v1"));
        assertThat(s.views().get(1).dependsOn()).containsExactly(QualifiedName.of("v1"));
        assertThat(s.objects()).containsExactly(new Trigger("t_ins", "t",
                "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN UPDATE t SET a = 'x' WHERE id = NEW.id; END", Attrs.EMPTY));
    }

    @Test
    void readsVirtualTablesAsObjectsWithoutTheirShadowTables() {
        Schema s = inspect("CREATE VIRTUAL TABLE docs USING fts5(title, body);");
        assertThat(s.tables()).isEmpty();
        assertThat(s.objects()).containsExactly(new SqliteVirtualTable("docs", "CREATE VIRTUAL TABLE docs USING fts5(title, body)", Attrs.EMPTY));
    }
}
