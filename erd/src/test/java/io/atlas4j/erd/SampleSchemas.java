package io.atlas4j.erd;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaBuilder;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.TableBuilder;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.Types;
import java.util.List;
import java.util.Random;

/** Schemas the tests draw: a small shop with awkward names, and a generated realm of any size. */
final class SampleSchemas {
    private SampleSchemas() {
    }

    /** Two schemas; names with quotes, spaces, percent signs, angle brackets, a column called "pk", a self reference. */
    static Realm shop() {
        Schema main = Schema.builder("main")
                .table("customers", t -> t.column("id", Types.INTEGER, c -> c.notNull())
                        .column("email", Types.varchar(200), c -> c.notNull())
                        .column("display name", Types.TEXT)
                        .column("pk", Types.INTEGER)
                        .primaryKey("id")
                        .uniqueIndex("customers_email", "email"))
                .table("orders \"2024\"", t -> t.column("id", Types.BIGINT, c -> c.notNull())
                        .column("customer_id", Types.INTEGER, c -> c.notNull())
                        .column("parent_id", Types.BIGINT)
                        .column("total<&>", Types.decimal(10, 2))
                        .primaryKey("id")
                        .foreignKey("orders_customer", List.of("customer_id"), "customers", List.of("id"), ReferenceAction.CASCADE)
                        .foreignKey("orders_parent", List.of("parent_id"), "orders \"2024\"", List.of("id"), ReferenceAction.SET_NULL))
                .table("profiles", t -> t.column("customer_id", Types.INTEGER, c -> c.notNull())
                        .column("bio", Types.TEXT)
                        .primaryKey("customer_id")
                        .foreignKey("profiles_customer", List.of("customer_id"), "customers", List.of("id"), ReferenceAction.CASCADE))
                .view("big_orders", "SELECT * FROM \"orders \"\"2024\"\"\" WHERE \"total<&>\" > 100")
                .build();
        main = main.withViews(List.of(new View("big_orders", main.views().get(0).definition(),
                List.of(QualifiedName.of("orders \"2024\"")), Attrs.EMPTY)));
        Schema billing = Schema.builder("billing 100%")
                .table("invoices", t -> t.column("id", Types.INTEGER, c -> c.notNull())
                        .column("order_id", Types.BIGINT)
                        .primaryKey("id")
                        .foreignKey(new ForeignKey("invoices_order", List.of("order_id"), QualifiedName.of("main", "orders \"2024\""),
                                List.of("id"), ReferenceAction.NO_ACTION, ReferenceAction.RESTRICT, Attrs.EMPTY)))
                .table("rates\\x", t -> t.column("code", Types.varchar(3), c -> c.notNull()).primaryKey("code"))
                .build();
        return new Realm(List.of(main, billing), Attrs.EMPTY);
    }

    /**
     * {@code tables} tables over three schemas, each with 3-9 columns and 0-3 foreign keys to earlier
     * tables (a few across schemas, a few back to later ones, making cycles, and some to themselves);
     * one table in six has none; a view per fifty tables.
     */
    static Realm generated(int tables, long seed) {
        Random r = new Random(seed);
        String[] schemas = {"app", "billing", "audit"};
        int[] share = {tables * 6 / 10, tables * 3 / 10, 0};
        share[2] = tables - share[0] - share[1];
        Realm realm = new Realm(List.of(), Attrs.EMPTY);
        List<Schema> out = new java.util.ArrayList<>();
        int global = 0;
        for (int s = 0; s < schemas.length; s++) {
            SchemaBuilder b = Schema.builder(schemas[s]);
            for (int i = 0; i < share[s]; i++, global++) {
                String name = "t" + String.format("%04d", global);
                TableBuilder t = Table.builder(name);
                t.column("id", Types.BIGINT, c -> c.notNull()).primaryKey("id");
                int cols = 2 + r.nextInt(7);
                for (int c = 0; c < cols; c++) {
                    boolean notNull = r.nextBoolean();
                    t.column("col_" + c, c % 3 == 0 ? Types.varchar(20 + c) : c % 3 == 1 ? Types.INTEGER : Types.TEXT,
                            spec -> { if (notNull) spec.notNull(); });
                }
                if (i > 0 && r.nextInt(6) != 0) {
                    int fks = 1 + r.nextInt(3);
                    for (int f = 0; f < fks; f++) {
                        int target = r.nextInt(10) == 0 && i + 1 < share[s] ? i + 1 + r.nextInt(Math.min(20, share[s] - i - 1))
                                : Math.max(0, i - 1 - r.nextInt(Math.min(i, 40)));
                        if (r.nextInt(40) == 0) target = i;
                        String col = "ref_" + f;
                        t.column(col, Types.BIGINT);
                        int first = global - i;
                        QualifiedName ref = QualifiedName.of("t" + String.format("%04d", first + target));
                        if (s > 0 && r.nextInt(8) == 0) ref = QualifiedName.of("app", "t" + String.format("%04d", r.nextInt(share[0])));
                        t.foreignKey(new ForeignKey(name + "_" + col, List.of(col), ref, List.of("id"),
                                ReferenceAction.NO_ACTION, ReferenceAction.CASCADE, Attrs.EMPTY));
                    }
                }
                b.table(t.build());
            }
            Schema built = b.build();
            List<View> views = new java.util.ArrayList<>();
            for (int v = 0; v < built.tables().size() / 50; v++) {
                String a = built.tables().get(r.nextInt(built.tables().size())).name();
                String c = built.tables().get(r.nextInt(built.tables().size())).name();
                views.add(new View("v_" + schemas[s] + "_" + v, "SELECT * FROM " + a + ", " + c,
                        List.of(QualifiedName.of(a), QualifiedName.of(c)), Attrs.EMPTY));
            }
            out.add(built.withViews(views));
        }
        return new Realm(out, realm.attrs());
    }

    static long foreignKeys(Realm realm) {
        return realm.schemas().stream().flatMap(s -> s.tables().stream()).mapToLong(t -> t.foreignKeys().size()).sum();
    }

    static long tables(Realm realm) {
        return realm.schemas().stream().mapToLong(s -> s.tables().size()).sum();
    }

    static long views(Realm realm) {
        return realm.schemas().stream().mapToLong(s -> s.views().size()).sum();
    }
}
