package io.atlas4j.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Atlas;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.SqliteDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclWriterTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();

    private static final String SQL = """
            CREATE TABLE "b-table" (
              id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
              "first name" varchar(32) NULL DEFAULT 'it''s',
              price decimal(10,2) NOT NULL DEFAULT 0,
              odd widget NULL,
              CONSTRAINT positive CHECK (price >= 0)
            );
            CREATE TABLE a (
              id integer NOT NULL PRIMARY KEY,
              b_id integer NULL,
              CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES "b-table" (id) ON DELETE SET NULL
            );
            CREATE INDEX a_b_desc ON a (b_id DESC);
            CREATE UNIQUE INDEX a_b_id ON a (b_id);
            CREATE VIEW v AS SELECT id FROM a;
            """;

    /**
     * The layout {@code atlas schema inspect --format hcl} prints: tables by name, then views, then schemas. SQLite
     * keeps a declared type's spelling, and {@code INTEGER} parses to another model type than {@code integer}, so it
     * is written {@code sql("INTEGER")} to read back equal.
     */
    @Test
    void writesSortedAlignedAtlasHcl() {
        String hcl = HclSchemas.write(Atlas.load(SQL, "s.sql", SQLITE), SQLITE);
        assertThat(hcl).isEqualTo("""
                table "a" {
                  schema = schema.main
                  column "id" {
                    null = false
                    type = sql("INTEGER")
                  }
                  column "b_id" {
                    null = true
                    type = sql("INTEGER")
                  }
                  primary_key {
                    columns = [column.id]
                  }
                  foreign_key "a_b" {
                    columns     = [column.b_id]
                    ref_columns = [table["b-table"].column.id]
                    on_update   = NO_ACTION
                    on_delete   = SET_NULL
                  }
                  index "a_b_desc" {
                    on {
                      column = column.b_id
                      desc   = true
                    }
                  }
                  index "a_b_id" {
                    unique  = true
                    columns = [column.b_id]
                  }
                }

                table "b-table" {
                  schema = schema.main
                  column "id" {
                    null           = false
                    type           = sql("INTEGER")
                    auto_increment = true
                  }
                  column "first name" {
                    null    = true
                    type    = varchar(32)
                    default = "it's"
                  }
                  column "price" {
                    null    = false
                    type    = decimal(10, 2)
                    default = 0
                  }
                  column "odd" {
                    null = true
                    type = sql("widget")
                  }
                  primary_key {
                    columns = [column.id]
                  }
                  check "positive" {
                    expr = "price >= 0"
                  }
                }

                view "v" {
                  schema     = schema.main
                  as         = "SELECT id FROM a"
                  depends_on = [table.a]
                }

                schema "main" {
                }
                """);
    }

    @Test
    void whatIsWrittenReadsBackToTheSameSchema() {
        Schema original = Atlas.load(SQL, "s.sql", SQLITE);
        String hcl = HclSchemas.write(original, SQLITE);
        Realm back = HclSchemas.load(hcl, "s.hcl", SQLITE);
        assertThat(Atlas.diff(original, back.schemas().get(0)).changes()).isEmpty();
    }

    @Test
    void objectsTheWriterCannotExpressAreListedNotDropped() {
        Schema loaded = Atlas.load("CREATE TABLE t (a int UNIQUE);\n", "s.sql", SQLITE);
        io.atlas4j.schema.Table t = loaded.tables().get(0);
        io.atlas4j.schema.Column a = t.columns().get(0);
        Schema s = loaded.withTables(List.of(t.withColumns(List.of(a.withAttrs(a.attrs().with(new Odd()))))))
                .withObjects(List.of(new Widget()));
        assertThatThrownBy(() -> HclSchemas.write(s, SQLITE))
                .isInstanceOfSatisfying(HclWriteException.class, e -> assertThat(e.unsupported()).containsExactly(
                        "table t: column a: attribute Odd[]", "schema main: widget w"));
        assertThat(List.of(HclWriteException.class.getSuperclass().getSimpleName())).containsExactly("AtlasException");
    }

    /** An attribute no dialect knows. */
    record Odd() implements io.atlas4j.schema.Attr {
    }

    /** An object kind no dialect knows. */
    record Widget() implements io.atlas4j.schema.SchemaObject {
        @Override
        public String kind() {
            return "widget";
        }

        @Override
        public String name() {
            return "w";
        }

        @Override
        public io.atlas4j.schema.Attrs attrs() {
            return io.atlas4j.schema.Attrs.EMPTY;
        }
    }
}
