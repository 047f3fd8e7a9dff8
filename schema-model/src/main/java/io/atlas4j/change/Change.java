package io.atlas4j.change;

/** A schema-level change. Planners dispatch with {@link Visitor}, so a forgotten kind is a compile error. */
public sealed interface Change extends Edit permits AddSchema, DropSchema, ModifySchema, AddTable, DropTable, ModifyTable, RenameTable, AddView, DropView, ModifyView, AddObject, DropObject, ModifyObject {
    <R> R accept(Visitor<R> visitor);

    /** One method per change kind. */
    interface Visitor<R> {
        R addSchema(AddSchema change);

        R dropSchema(DropSchema change);

        R modifySchema(ModifySchema change);

        R addTable(AddTable change);

        R dropTable(DropTable change);

        R modifyTable(ModifyTable change);

        R renameTable(RenameTable change);

        R addView(AddView change);

        R dropView(DropView change);

        R modifyView(ModifyView change);

        R addObject(AddObject change);

        R dropObject(DropObject change);

        R modifyObject(ModifyObject change);
    }
}
