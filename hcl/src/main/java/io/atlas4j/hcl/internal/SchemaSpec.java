package io.atlas4j.hcl.internal;

import static io.atlas4j.hcl.HclDialect.MYSQL;
import static io.atlas4j.hcl.HclDialect.POSTGRES;
import static io.atlas4j.hcl.HclDialect.SQLITE;

/** The block types of Atlas's schema language that atlas4j knows, as {@link BlockSpec}s. */
public final class SchemaSpec {
    private SchemaSpec() {
    }

    /** {@return the spec of a schema file's top level} */
    public static BlockSpec root() {
        BlockSpec root = new BlockSpec("file", 0, 0, false);
        root.child(new BlockSpec("schema", 1, 1, false)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "charset", Kind.STRING)
                .only(MYSQL, "collate", Kind.STRING));
        root.child(table());
        root.child(view("view"));
        root.child(view("materialized"));
        for (String open : new String[] {"function", "procedure", "trigger", "enum", "sequence", "domain",
                "extension", "composite", "policy", "aggregate", "event"}) {
            root.child(new BlockSpec(open, 1, 2, true));
        }
        root.child(new BlockSpec("variable", 1, 1, false)
                .attr("type", Kind.ANY).attr("default", Kind.ANY).attr("description", Kind.STRING));
        root.child(new BlockSpec("locals", 0, 0, true));
        return root;
    }

    private static BlockSpec table() {
        BlockSpec column = new BlockSpec("column", 1, 1, false)
                .required("type", Kind.TYPE)
                .attr("null", Kind.BOOL)
                .attr("default", Kind.DEFAULT)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "auto_increment", Kind.BOOL)
                .only(SQLITE, "auto_increment", Kind.BOOL)
                .only(MYSQL, "unsigned", Kind.BOOL)
                .only(MYSQL, "charset", Kind.STRING)
                .only(MYSQL, "collate", Kind.STRING)
                .only(POSTGRES, "collate", Kind.STRING)
                .only(SQLITE, "collate", Kind.STRING)
                .only(MYSQL, "on_update", Kind.DEFAULT)
                .child(new BlockSpec("identity", 0, 0, false)
                        .attr("generated", Kind.ANY).attr("start", Kind.NUMBER).attr("increment", Kind.NUMBER))
                .child(new BlockSpec("as", 0, 0, false).required("expr", Kind.STRING).attr("type", Kind.ANY));
        BlockSpec on = new BlockSpec("on", 0, 0, false)
                .attr("column", Kind.COLUMN)
                .attr("expr", Kind.STRING)
                .attr("desc", Kind.BOOL)
                .only(MYSQL, "prefix", Kind.NUMBER)
                .only(POSTGRES, "ops", Kind.ANY)
                .only(POSTGRES, "collate", Kind.STRING)
                .only(SQLITE, "collate", Kind.STRING);
        BlockSpec index = new BlockSpec("index", 1, 1, false)
                .attr("columns", Kind.COLUMNS)
                .attr("unique", Kind.BOOL)
                .attr("where", Kind.STRING)
                .attr("comment", Kind.STRING)
                .attr("type", Kind.ANY)
                .only(POSTGRES, "include", Kind.COLUMNS)
                .only(POSTGRES, "nulls_distinct", Kind.BOOL)
                .only(MYSQL, "parser", Kind.ANY)
                .child(on);
        BlockSpec pk = new BlockSpec("primary_key", 0, 1, false)
                .attr("columns", Kind.COLUMNS)
                .attr("comment", Kind.STRING)
                .child(on);
        BlockSpec fk = new BlockSpec("foreign_key", 1, 1, false)
                .required("columns", Kind.COLUMNS)
                .required("ref_columns", Kind.REF_COLUMNS)
                .attr("on_update", Kind.ACTION)
                .attr("on_delete", Kind.ACTION);
        BlockSpec check = new BlockSpec("check", 0, 1, false)
                .required("expr", Kind.STRING)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "enforced", Kind.BOOL)
                .only(POSTGRES, "no_inherit", Kind.BOOL);
        return new BlockSpec("table", 1, 2, false)
                .required("schema", Kind.SCHEMA)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "charset", Kind.STRING)
                .only(MYSQL, "collate", Kind.STRING)
                .only(MYSQL, "engine", Kind.ANY)
                .only(MYSQL, "auto_increment", Kind.NUMBER)
                .only(SQLITE, "without_rowid", Kind.BOOL)
                .only(SQLITE, "strict", Kind.BOOL)
                .only(POSTGRES, "unlogged", Kind.BOOL)
                .child(column).child(pk).child(index).child(fk).child(check)
                .child(new BlockSpec("partition", 0, 0, true));
    }

    private static BlockSpec view(String type) {
        return new BlockSpec(type, 1, 2, false)
                .required("schema", Kind.SCHEMA)
                .required("as", Kind.STRING)
                .attr("comment", Kind.STRING)
                .attr("depends_on", Kind.ANY)
                .attr("check_option", Kind.ANY)
                .only(POSTGRES, "security_barrier", Kind.BOOL)
                .only(POSTGRES, "security_invoker", Kind.BOOL)
                .child(new BlockSpec("column", 1, 1, false).attr("type", Kind.TYPE).attr("null", Kind.BOOL)
                        .attr("comment", Kind.STRING));
    }
}
