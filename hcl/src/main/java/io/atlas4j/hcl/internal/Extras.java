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
}
