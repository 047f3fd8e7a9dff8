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
                .attr("name", Kind.STRING)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "charset", Kind.STRING)
                .only(MYSQL, "collate", Kind.STRING));
        root.child(table());
        root.child(view("view"));
        root.child(view("materialized").child(new BlockSpec("index", 0, 1, false)
                .required("definition", Kind.STRING).attr("comment", Kind.STRING)));
        root.child(trigger());
        for (String routine : new String[] {"function", "procedure", "aggregate"}) {
            root.child(routine(routine));
        }
        root.child(new BlockSpec("enum", 1, 1, false)
                .required("schema", Kind.SCHEMA).required("values", Kind.WORDS).attr("comment", Kind.STRING));
        root.child(new BlockSpec("domain", 1, 1, false)
                .required("schema", Kind.SCHEMA).required("type", Kind.TYPE).attr("null", Kind.BOOL).attr("default", Kind.STRING)
                .attr("comment", Kind.STRING)
                .child(new BlockSpec("check", 0, 1, false).required("expr", Kind.STRING).attr("not_valid", Kind.BOOL)));
        root.child(new BlockSpec("composite", 1, 1, false)
                .required("schema", Kind.SCHEMA).attr("comment", Kind.STRING)
                .child(new BlockSpec("field", 1, 1, false).required("type", Kind.TYPE)));
        root.child(new BlockSpec("sequence", 1, 1, false)
                .required("schema", Kind.SCHEMA).attr("type", Kind.TYPE).attr("start", Kind.NUMBER).attr("increment", Kind.NUMBER)
                .attr("min_value", Kind.NUMBER).attr("max_value", Kind.NUMBER).attr("cache", Kind.NUMBER).attr("cycle", Kind.BOOL)
                .only(POSTGRES, "owner", Kind.TABLE_COLUMN).only(POSTGRES, "owned_by", Kind.TABLE_COLUMN).attr("comment", Kind.STRING));
        root.child(new BlockSpec("extension", 1, 1, false)
                .required("schema", Kind.SCHEMA).attr("version", Kind.STRING).attr("comment", Kind.STRING));
        root.child(new BlockSpec("policy", 1, 1, false)
                .required("on", Kind.ON).attr("as", Kind.WORD).attr("for", Kind.WORD).attr("to", Kind.WORDS)
                .attr("using", Kind.STRING).attr("check", Kind.STRING).attr("comment", Kind.STRING));
        root.child(new BlockSpec("rule", 1, 1, false)
                .required("on", Kind.ON).required("definition", Kind.STRING).attr("comment", Kind.STRING));
        root.child(new BlockSpec("event", 1, 1, false)
                .required("schema", Kind.SCHEMA).required("schedule", Kind.STRING).attr("status", Kind.WORD)
                .attr("preserve", Kind.BOOL).attr("comment", Kind.STRING).required("as", Kind.STRING));
        root.child(new BlockSpec("virtual_table", 1, 1, false)
                .required("schema", Kind.SCHEMA).required("definition", Kind.STRING));
        for (BlockSpec object : root.children.values()) {
            if (!object.type.equals("schema") && !object.type.equals("table") && !object.attrs.containsKey("depends_on")) {
                object.attr("depends_on", Kind.ANY); // what the object needs first, as the catalog records it
            }
        }
        root.child(new BlockSpec("variable", 1, 1, false)
                .attr("type", Kind.ANY).attr("default", Kind.ANY).attr("description", Kind.STRING));
        root.child(new BlockSpec("locals", 0, 0, true));
        return root;
    }

    private static BlockSpec trigger() {
        BlockSpec trigger = new BlockSpec("trigger", 1, 1, false)
                .required("on", Kind.ON)
                .attr("definition", Kind.STRING)
                .attr("comment", Kind.STRING)
                .attr("for", Kind.WORD)
                .attr("foreach", Kind.WORD)
                .attr("when", Kind.STRING)
                .attr("as", Kind.STRING)
                .child(new BlockSpec("execute", 0, 0, false).required("function", Kind.ANY).attr("args", Kind.WORDS));
        for (String timing : new String[] {"before", "after", "instead_of"}) {
            trigger.child(new BlockSpec(timing, 0, 0, false).attr("insert", Kind.BOOL).attr("update", Kind.BOOL)
                    .attr("delete", Kind.BOOL).attr("truncate", Kind.BOOL).attr("update_of", Kind.REF_COLUMNS));
        }
        return trigger;
    }

    private static BlockSpec routine(String type) {
        return new BlockSpec(type, 1, 1, false)
                .required("schema", Kind.SCHEMA)
                .attr("definition", Kind.STRING)
                .only(POSTGRES, "args", Kind.STRING)
                .only(POSTGRES, "returns", Kind.STRING)
                .only(POSTGRES, "lang", Kind.WORD)
                .only(POSTGRES, "volatility", Kind.WORD)
                .only(POSTGRES, "strict", Kind.BOOL)
                .only(MYSQL, "deterministic", Kind.BOOL)
                .only(MYSQL, "data_access", Kind.WORD)
                .attr("security", Kind.WORD)
                .attr("return", Kind.TYPE)
                .attr("as", Kind.STRING)
                .attr("comment", Kind.STRING)
                .child(new BlockSpec("arg", 0, 1, false).required("type", Kind.TYPE).attr("mode", Kind.WORD)
                        .attr("default", Kind.STRING));
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
                .only(MYSQL, "check", Kind.STRING)
                .only(POSTGRES, "inherited", Kind.BOOL)
                .only(SQLITE, "on_conflict", Kind.WORD)
                .child(new BlockSpec("identity", 0, 0, false)
                        .attr("generated", Kind.ANY).attr("start", Kind.NUMBER).attr("increment", Kind.NUMBER)
                        .attr("min_value", Kind.NUMBER).attr("max_value", Kind.NUMBER).attr("cache", Kind.NUMBER)
                        .attr("cycle", Kind.BOOL))
                .child(new BlockSpec("as", 0, 0, false).required("expr", Kind.STRING).attr("type", Kind.ANY));
        BlockSpec on = new BlockSpec("on", 0, 0, false)
                .attr("column", Kind.COLUMN)
                .attr("expr", Kind.STRING)
                .attr("desc", Kind.BOOL)
                .only(MYSQL, "prefix", Kind.NUMBER)
                .only(POSTGRES, "ops", Kind.WORD)
                .only(POSTGRES, "nulls_first", Kind.BOOL)
                .attr("collate", Kind.STRING);
        BlockSpec index = indexLike(new BlockSpec("index", 1, 1, false).attr("unique", Kind.BOOL), on);
        BlockSpec unique = indexLike(new BlockSpec("unique", 0, 1, false), on);
        BlockSpec pk = new BlockSpec("primary_key", 0, 1, false)
                .attr("columns", Kind.COLUMNS)
                .attr("comment", Kind.STRING)
                .only(SQLITE, "on_conflict", Kind.WORD)
                .only(POSTGRES, "include", Kind.COLUMNS)
                .only(POSTGRES, "storage_params", Kind.WORDS)
                .only(POSTGRES, "deferrable", Kind.BOOL)
                .only(POSTGRES, "initially_deferred", Kind.BOOL)
                .child(on);
        BlockSpec fk = new BlockSpec("foreign_key", 1, 1, false)
                .required("columns", Kind.COLUMNS)
                .required("ref_columns", Kind.REF_COLUMNS)
                .attr("on_update", Kind.ACTION)
                .attr("on_delete", Kind.ACTION)
                .only(POSTGRES, "deferrable", Kind.BOOL)
                .only(SQLITE, "deferrable", Kind.BOOL)
                .only(POSTGRES, "initially_deferred", Kind.BOOL)
                .only(SQLITE, "initially_deferred", Kind.BOOL)
                .only(POSTGRES, "match", Kind.WORD)
                .only(POSTGRES, "not_valid", Kind.BOOL);
        BlockSpec check = new BlockSpec("check", 0, 1, false)
                .required("expr", Kind.STRING)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "enforced", Kind.BOOL)
                .only(POSTGRES, "no_inherit", Kind.BOOL)
                .only(POSTGRES, "not_valid", Kind.BOOL);
        BlockSpec partition = new BlockSpec("partition", 0, 0, false)
                .attr("type", Kind.WORD).attr("columns", Kind.COLUMNS).attr("by", Kind.STRING)
                .child(new BlockSpec("by", 0, 0, false).attr("column", Kind.COLUMN).attr("expr", Kind.STRING));
        return new BlockSpec("table", 1, 2, false)
                .required("schema", Kind.SCHEMA)
                .attr("name", Kind.STRING)
                .attr("comment", Kind.STRING)
                .only(MYSQL, "charset", Kind.STRING)
                .only(MYSQL, "collate", Kind.STRING)
                .only(MYSQL, "engine", Kind.ANY)
                .only(MYSQL, "auto_increment", Kind.NUMBER)
                .only(MYSQL, "row_format", Kind.WORD)
                .only(MYSQL, "key_block_size", Kind.NUMBER)
                .only(MYSQL, "partition_by", Kind.STRING)
                .only(SQLITE, "without_rowid", Kind.BOOL)
                .only(SQLITE, "strict", Kind.BOOL)
                .only(POSTGRES, "unlogged", Kind.BOOL)
                .only(POSTGRES, "partition_of", Kind.STRING)
                .only(POSTGRES, "partition_bound", Kind.STRING)
                .only(POSTGRES, "inherits", Kind.WORDS)
                .child(column).child(pk).child(index).child(unique).child(fk).child(check).child(partition)
                .child(new BlockSpec("row_security", 0, 0, false).attr("enabled", Kind.BOOL).attr("enforced", Kind.BOOL))
                .child(new BlockSpec("exclude", 1, 1, false).required("definition", Kind.STRING));
    }

    private static BlockSpec indexLike(BlockSpec index, BlockSpec on) {
        return index
                .attr("columns", Kind.COLUMNS)
                .attr("where", Kind.STRING)
                .attr("comment", Kind.STRING)
                .attr("type", Kind.ANY)
                .only(POSTGRES, "include", Kind.COLUMNS)
                .only(POSTGRES, "nulls_distinct", Kind.BOOL)
                .only(POSTGRES, "storage_params", Kind.WORDS)
                .only(POSTGRES, "deferrable", Kind.BOOL)
                .only(POSTGRES, "initially_deferred", Kind.BOOL)
                .only(SQLITE, "on_conflict", Kind.WORD)
                .only(MYSQL, "parser", Kind.ANY)
                .child(on);
    }

    private static BlockSpec view(String type) {
        return new BlockSpec(type, 1, 2, false)
                .required("schema", Kind.SCHEMA)
                .required("as", Kind.STRING)
                .attr("name", Kind.STRING)
                .attr("comment", Kind.STRING)
                .attr("depends_on", Kind.ANY)
                .attr("check_option", Kind.ANY)
                .only(MYSQL, "algorithm", Kind.WORD)
                .only(MYSQL, "security", Kind.WORD)
                .only(POSTGRES, "security_barrier", Kind.BOOL)
                .only(POSTGRES, "security_invoker", Kind.BOOL)
                .child(new BlockSpec("column", 1, 1, false).attr("type", Kind.TYPE).attr("null", Kind.BOOL)
                        .attr("comment", Kind.STRING));
    }
}
