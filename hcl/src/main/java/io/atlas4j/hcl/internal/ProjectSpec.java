package io.atlas4j.hcl.internal;

import java.util.List;

/**
 * The block types of Atlas's project files ({@code atlas.hcl}) that atlas4j reads, as {@link BlockSpec}s: {@code env}
 * (named, or unnamed with {@code name = atlas.env}) with its {@code migration}, {@code diff}, {@code lint} and
 * {@code schema} blocks; {@code variable}; {@code locals}; {@code data "external_schema"}. Values are checked when the file is evaluated, since they
 * may call {@code getenv} or reference variables and locals.
 */
public final class ProjectSpec {
    /** The change kinds {@code diff { skip { ... } }} may name, as Atlas spells them. */
    public static final List<String> SKIP = List.of("add_schema", "drop_schema", "modify_schema", "add_table", "drop_table",
            "modify_table", "rename_table", "add_column", "drop_column", "modify_column", "rename_column", "add_index",
            "drop_index", "modify_index", "rename_index", "add_foreign_key", "drop_foreign_key", "modify_foreign_key",
            "add_check", "drop_check", "modify_check", "add_view", "drop_view", "modify_view");

    /** The analyzers a {@code lint} block may configure with {@code { error = true|false }}. */
    public static final List<String> LINT = List.of("destructive", "data_depend", "incompatible");

    private ProjectSpec() {
    }

    /** {@return the spec of a project file's top level} */
    public static BlockSpec root() {
        BlockSpec root = new BlockSpec("file", 0, 0, false);
        root.child(env());
        root.child(new BlockSpec("variable", 1, 1, false)
                .attr("type", Kind.ANY).attr("default", Kind.ANY).attr("description", Kind.ANY).attr("sensitive", Kind.ANY));
        root.child(new BlockSpec("locals", 0, 0, true));
        // data "external_schema" "name" { program = [...] }: a program whose output is the desired DDL
        root.child(new BlockSpec("data", 2, 2, false).required("program", Kind.ANY));
        return root;
    }

    private static BlockSpec env() {
        BlockSpec migration = new BlockSpec("migration", 0, 0, false)
                .attr("dir", Kind.ANY)
                .attr("format", Kind.ANY)
                .attr("baseline", Kind.ANY)
                .attr("revisions_schema", Kind.ANY)
                .attr("exclude", Kind.ANY)
                .attr("lock_timeout", Kind.ANY)
                .attr("exec_order", Kind.ANY);
        BlockSpec skip = new BlockSpec("skip", 0, 0, false);
        for (String s : SKIP) {
            skip.attr(s, Kind.ANY);
        }
        BlockSpec diff = new BlockSpec("diff", 0, 0, false)
                .child(skip)
                .child(new BlockSpec("concurrent_index", 0, 0, false)
                        .attr("add", Kind.ANY).attr("create", Kind.ANY).attr("drop", Kind.ANY));
        BlockSpec lint = new BlockSpec("lint", 0, 0, false)
                .attr("latest", Kind.ANY)
                .attr("review", Kind.ANY);
        for (String l : LINT) {
            lint.child(new BlockSpec(l, 0, 0, false).attr("error", Kind.ANY));
        }
        return new BlockSpec("env", 0, 1, false)
                .attr("name", Kind.ANY)
                .attr("url", Kind.ANY)
                .attr("dev", Kind.ANY)
                .attr("src", Kind.ANY)
                .attr("schemas", Kind.ANY)
                .attr("exclude", Kind.ANY)
                .child(new BlockSpec("schema", 0, 0, false).attr("src", Kind.ANY))
                .child(migration)
                .child(diff)
                .child(lint);
    }
}
