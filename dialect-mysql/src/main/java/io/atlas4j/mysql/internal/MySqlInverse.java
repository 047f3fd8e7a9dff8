package io.atlas4j.mysql.internal;

import io.atlas4j.change.AddAttr;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddPrimaryKey;
import io.atlas4j.change.DropAttr;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropPrimaryKey;
import io.atlas4j.change.ModifyAttr;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameIndex;
import io.atlas4j.change.TableChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The change that undoes a {@link ModifyTable}, when one exists without data: a dropped column cannot come back. */
final class MySqlInverse {
    private MySqlInverse() {
    }

    static Optional<ModifyTable> of(ModifyTable m) {
        if (dropsOnlyIndexOfKey(m)) return Optional.empty();
        List<TableChange> out = new ArrayList<>();
        for (TableChange tc : m.changes()) {
            TableChange inv = invert(tc);
            if (inv == null) return Optional.empty();
            out.add(inv);
        }
        return Optional.of(new ModifyTable(m.schema(), m.to(), m.from(), out));
    }

    /**
     * Adding an index that serves a foreign key makes the server drop the index it had added for
     * that key (normalization leaves such an index out of {@code from}); dropping the new index
     * again would leave the key without one, which the server refuses. No reverse then.
     */
    private static boolean dropsOnlyIndexOfKey(ModifyTable m) {
        for (TableChange tc : m.changes()) {
            if (!(tc instanceof AddIndex a)) continue;
            for (var fk : m.from().foreignKeys()) {
                boolean served = m.from().indexes().stream().anyMatch(i -> serves(i, fk.columns()))
                        || m.from().primaryKey().map(pk -> serves(pk, fk.columns())).orElse(false);
                if (!served && serves(a.index(), fk.columns())) return true;
            }
        }
        return false;
    }

    private static boolean serves(io.atlas4j.schema.Index i, List<String> columns) {
        List<io.atlas4j.schema.IndexPart> parts = i.parts();
        if (parts.size() < columns.size()) return false;
        for (int k = 0; k < columns.size(); k++) {
            if (!(parts.get(k) instanceof io.atlas4j.schema.IndexPart.OfColumn c) || !c.column().equalsIgnoreCase(columns.get(k))) return false;
        }
        return true;
    }

    private static TableChange invert(TableChange tc) {
        if (tc instanceof AddColumn a) return new DropColumn(a.column());
        if (tc instanceof DropColumn) return null;
        if (tc instanceof ModifyColumn c) return new ModifyColumn(c.to(), c.from(), c.aspects());
        if (tc instanceof RenameColumn r) return new RenameColumn(r.to(), r.from());
        if (tc instanceof AddIndex a) return new DropIndex(a.index());
        if (tc instanceof DropIndex d) return new AddIndex(d.index());
        if (tc instanceof ModifyIndex i) return new ModifyIndex(i.to(), i.from());
        if (tc instanceof RenameIndex r) return new RenameIndex(r.to(), r.from());
        if (tc instanceof AddPrimaryKey a) return new DropPrimaryKey(a.primaryKey());
        if (tc instanceof DropPrimaryKey d) return new AddPrimaryKey(d.primaryKey());
        if (tc instanceof ModifyPrimaryKey p) return new ModifyPrimaryKey(p.to(), p.from());
        if (tc instanceof AddForeignKey a) return new DropForeignKey(a.foreignKey());
        if (tc instanceof DropForeignKey d) return new AddForeignKey(d.foreignKey());
        if (tc instanceof ModifyForeignKey f) return new ModifyForeignKey(f.to(), f.from());
        if (tc instanceof AddCheck a) return new DropCheck(a.check());
        if (tc instanceof DropCheck d) return new AddCheck(d.check());
        if (tc instanceof ModifyCheck c) return new ModifyCheck(c.to(), c.from());
        if (tc instanceof AddAttr a) return new DropAttr(a.attr());
        if (tc instanceof DropAttr d) return new AddAttr(d.attr());
        if (tc instanceof ModifyAttr a) return new ModifyAttr(a.to(), a.from());
        return null;
    }
}
