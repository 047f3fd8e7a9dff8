package io.atlas4j.benchmarks;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Synthetic schemas for the diff benchmark: N tables of 20 columns, two indexes, some foreign keys. */
final class SyntheticSchemas {
    private SyntheticSchemas() {
    }

    static Schema of(int tables, double changedShare) {
        List<Table> out = new ArrayList<>(tables);
        int every = changedShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / changedShare);
        for (int i = 1; i <= tables; i++) {
            boolean changed = i % every == 0;
            out.add(table(i, changed));
        }
        return Schema.empty("main").withTables(out);
    }

    private static Table table(int i, boolean changed) {
        String name = "t" + i;
        List<Column> cols = new ArrayList<>(20);
        cols.add(new Column("id", Types.BIGINT, false, Optional.empty(), Attrs.EMPTY));
        for (int c = 1; c < 20; c++) {
            var type = c % 3 == 0 ? new IntegerType("integer") : new StringType("varchar", 64 + c);
            boolean nullable = c % 2 == 0;
            var def = c % 5 == 0 ? Optional.of(Exprs.of(c % 3 == 0 ? "0" : "''")) : Optional.<io.atlas4j.schema.Expr>empty();
            cols.add(new Column("c" + c, type, nullable, def, Attrs.EMPTY));
        }
        if (changed) {
            cols.set(5, cols.get(5).withNullable(!cols.get(5).nullable()));
            cols.add(Column.of("extra", Types.TEXT));
        }
        Index pk = new Index(name + "_pkey", true, List.of(IndexPart.column("id")), Attrs.EMPTY);
        List<Index> idx = List.of(new Index(name + "_c1_uk", true, List.of(IndexPart.column("c1")), Attrs.EMPTY),
                new Index(name + "_c2_ix", false, List.of(IndexPart.column("c2"), IndexPart.column("c3")), Attrs.EMPTY));
        List<ForeignKey> fks = i > 1 && i % 2 == 0
                ? List.of(new ForeignKey(name + "_fk", List.of("c3"), QualifiedName.of("t" + (i - 1)), List.of("id"),
                        ReferenceAction.NO_ACTION, ReferenceAction.CASCADE, Attrs.EMPTY))
                : List.of();
        return new Table(name, cols, Optional.of(pk), idx, fks, List.of(), Attrs.EMPTY);
    }
}
