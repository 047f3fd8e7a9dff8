package io.atlas4j.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.StringType;
import io.atlas4j.schema.type.TimeType;
import io.atlas4j.schema.type.Types;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditsTest {
    private static ModifyColumn retype(io.atlas4j.schema.type.ColumnType from, io.atlas4j.schema.type.ColumnType to) {
        return new ModifyColumn(Column.of("c", from), Column.of("c", to), Set.of(ColumnAspect.TYPE));
    }

    @Test
    void narrowingTypeChangesAreDestructive() {
        assertThat(Edits.isDestructive(retype(new DecimalType("numeric", 10, 2), new DecimalType("numeric", 10, 0)))).isTrue();
        assertThat(Edits.isDestructive(retype(new TimeType("timestamp"), new TimeType("date")))).isTrue();
        assertThat(Edits.isDestructive(retype(new StringType("varchar", 255), new StringType("varchar", 20)))).isTrue();
        assertThat(Edits.isDestructive(retype(Types.BIGINT, Types.INTEGER))).isTrue();
        Table t = Table.of("t", b -> b.column("c", Types.BIGINT));
        assertThat(Edits.isDestructive(new ModifyTable("main", t, t, List.of(retype(Types.BIGINT, Types.SMALLINT))))).isTrue();
    }

    @Test
    void wideningAndOtherAspectsAreNot() {
        assertThat(Edits.isDestructive(retype(new StringType("varchar", 20), new StringType("varchar", 255)))).isFalse();
        assertThat(Edits.isDestructive(retype(Types.INTEGER, Types.BIGINT))).isFalse();
        assertThat(Edits.isDestructive(new ModifyColumn(Column.of("c", Types.INTEGER), Column.of("c", Types.INTEGER).withNullable(false),
                Set.of(ColumnAspect.NULLABILITY)))).isFalse();
    }

    @Test
    void droppingOrReplacingAnObjectThatHoldsRowsIsDestructive() {
        SchemaObject fts = new SchemaObject() {
            public String kind() { return "virtual table"; }
            public String name() { return "notes_fts"; }
            public Attrs attrs() { return Attrs.EMPTY; }
            public boolean holdsData() { return true; }
        };
        Trigger trg = new Trigger("trg", "t", "CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1; END", Attrs.EMPTY);
        assertThat(Edits.isDestructive(new DropObject("main", fts))).isTrue();
        assertThat(Edits.isDestructive(new ModifyObject("main", fts, fts))).isTrue();
        assertThat(Edits.isDestructive(new DropObject("main", trg))).isFalse();
    }
}
