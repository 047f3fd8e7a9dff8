package io.atlas4j.hcl.internal;

import io.atlas4j.schema.Attrs;

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
}
