package io.atlas4j.hcl.internal;

import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Table;

/**
 * The dialect-only attributes of a schema file, mapped to the dialect's own attribute records. Each method reads
 * the attributes it knows from the {@link Mapper.Ctx} (marking them consumed) and returns the attributes to add.
 * One implementation per dialect, loaded only when that dialect is used, so the dialect modules stay optional.
 */
interface Extras {
    Attrs table(Mapper.Ctx t, Attrs attrs);

    Attrs column(Mapper.Ctx c, Attrs attrs);

    Attrs primaryKey(Mapper.Ctx table, Mapper.Ctx pk, Attrs attrs);

    Attrs index(Mapper.Ctx i, Attrs attrs);

    Attrs indexPart(Mapper.Ctx on, Attrs attrs);

    /** {@return the attributes of a foreign key beyond {@code deferrable}} */
    default Attrs foreignKey(Mapper.Ctx f, Attrs attrs) {
        return attrs;
    }

    default Attrs check(Mapper.Ctx c, Attrs attrs) {
        return attrs;
    }

    /** {@return the attributes of a {@code view} or {@code materialized} block} */
    default Attrs view(Mapper.Ctx v, Attrs attrs) {
        return attrs;
    }

    /** {@return a view's definition as the model keeps it, from HCL's {@code as}} */
    default String viewDefinition(String as) {
        return as;
    }

    /** {@return the attributes marking a {@code unique} block as a UNIQUE constraint rather than a unique index} */
    default Attrs uniqueConstraint() {
        return Attrs.EMPTY;
    }

    /** {@return the top-level block types besides schema, table, view and trigger this dialect maps to objects} */
    default java.util.Set<String> objectBlocks() {
        return java.util.Set.of();
    }

    /** {@return the object a top-level block describes, or null after reporting an error} */
    default io.atlas4j.schema.SchemaObject object(Mapper.Ctx o) {
        o.error(o.block.type() + " blocks are not mapped for this dialect");
        return null;
    }

    /** {@return the model name of a trigger (PostgreSQL: {@code table.trigger}, names being unique per table)} */
    default String triggerName(String table, String label) {
        return label;
    }

    /** {@return the label a trigger is written with} */
    default String triggerLabel(io.atlas4j.schema.Trigger t) {
        return t.name();
    }

    /** {@return the CREATE TRIGGER statement of a trigger block written the Atlas way (timing blocks, body or function)} */
    String triggerDefinition(Mapper.Ctx t, String table);

    /** {@return the column type of a {@code type} attribute; dialects resolve their user types here} */
    default io.atlas4j.schema.type.ColumnType parseType(io.atlas4j.hcl.Expr hcl, String spelling, io.atlas4j.spi.Dialect dialect,
                                                       java.util.Map<String, String> userTypes) {
        return dialect.types().parse(spelling);
    }

    /** {@return the HCL of a type that is not written by name or sql("..."): PostgreSQL {@code enum.x}} */
    default java.util.Optional<String> typeRef(io.atlas4j.schema.type.ColumnType type) {
        return java.util.Optional.empty();
    }

    /** {@return the type spelling with dialect modifiers (MySQL {@code unsigned})} */
    default String typeSpelling(Mapper.Ctx c, String spelling) {
        return spelling;
    }

    // ---- writing: each returns false for an attribute it does not know, which the writer then lists ----

    boolean writeTable(Attr a, HclOut out);

    /** {@return the HCL type to write instead of the formatted one (PostgreSQL {@code serial}), if any} */
    default java.util.Optional<String> typeOverride(Table t, Column c, String spelling) {
        return java.util.Optional.empty();
    }

    boolean writeColumn(Table t, Column c, String spelling, Attr a, HclOut out);

    /** Attributes of the column that live elsewhere in the model (SQLite's AUTOINCREMENT on the primary key). */
    default void writeColumnExtras(Table t, Column c, HclOut out) {
    }

    boolean writePrimaryKey(Attr a);

    boolean writeIndex(Attr a, HclOut out);

    boolean writeIndexPart(Attr a, HclOut out);

    /** {@return a view's query as HCL's {@code as} holds it (SQLite keeps the whole CREATE VIEW statement)} */
    default String viewQuery(String definition) {
        return definition;
    }

    default boolean writeSchema(Attr a, HclOut out) {
        return false;
    }

    default boolean writeForeignKey(Attr a, HclOut out) {
        return false;
    }

    default boolean writeCheck(Attr a, HclOut out) {
        return false;
    }

    /** {@return whether an index attribute makes it a {@code unique} block (a UNIQUE constraint)} */
    default boolean isUniqueConstraint(Attr a) {
        return false;
    }

    /** {@return the block type a view is written as ({@code materialized} for PostgreSQL's)} */
    default String viewBlock(io.atlas4j.schema.View v) {
        return "view";
    }

    default boolean writeView(io.atlas4j.schema.View v, Attr a, HclOut out) {
        return false;
    }

    /** Writes a schema object as a top-level block; {@return false when the dialect cannot express it} */
    default boolean writeObject(io.atlas4j.schema.Schema s, io.atlas4j.schema.SchemaObject o, HclOut out) {
        return false;
    }
}
