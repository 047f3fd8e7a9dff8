package io.atlas4j.sqlite;

import static io.atlas4j.schema.type.Types.BOOLEAN;
import static io.atlas4j.schema.type.Types.DOUBLE;
import static io.atlas4j.schema.type.Types.INTEGER;
import static io.atlas4j.schema.type.Types.TEXT;
import static io.atlas4j.schema.type.Types.TIMESTAMP;
import static io.atlas4j.schema.type.Types.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Trigger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desired schema written with the Java builder converges like one loaded from SQL. */
class BuilderSchemaIT {
    @TempDir
    Path dir;

    @Test
    void builderSchemaConverges() {
        Schema desired = Schema.builder("main")
                .table("users", t -> t.column("id", INTEGER, c -> c.notNull()).column("email", varchar(255), c -> c.notNull()
                                .attr(new Collation("nocase"))).column("active", BOOLEAN, c -> c.notNull().defaultValue("1"))
                        .column("created", TIMESTAMP, c -> c.defaultValue("CURRENT_TIMESTAMP")).primaryKey("id")
                        .uniqueIndex("", "email").attr(new SqliteAutoincrement()))
                .table("posts", t -> t.column("id", INTEGER).column("user_id", INTEGER).column("title", TEXT).column("score", DOUBLE)
                        .primaryKey("id").index("posts_user", "user_id")
                        .foreignKey("", List.of("user_id"), "users", List.of("id"), ReferenceAction.CASCADE).check("", "score >= 0"))
                .view("titles", "SELECT title FROM posts")
                .object(new Trigger("posts_ai", "posts", "CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN SELECT 1; END",
                        io.atlas4j.schema.Attrs.EMPTY))
                .build();
        try (SqliteDb db = SqliteDb.open(dir.resolve("builder.db"))) {
            Plan plan = db.plan(desired, DiffOptions.defaults());
            db.apply(plan);
            assertThat(db.diffTo(desired, DiffOptions.defaults())).as(plan.sql()).isEmpty();
            assertThat(db.plan(desired, DiffOptions.defaults()).isEmpty()).isTrue();
        }
    }
}
