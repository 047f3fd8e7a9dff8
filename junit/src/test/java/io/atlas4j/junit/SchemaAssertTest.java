package io.atlas4j.junit;

import static io.atlas4j.junit.AtlasAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.schema.Schema;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.StringType;
import org.junit.jupiter.api.Test;

class SchemaAssertTest {
    static final Schema SCHEMA = Schema.builder("main")
            .table("orgs", t -> t.column("id", new IntegerType("INTEGER"), c -> c.notNull()).primaryKey("id"))
            .table("users", t -> t
                    .column("id", new IntegerType("INTEGER"), c -> c.notNull())
                    .column("email", new StringType("TEXT"), c -> c.notNull())
                    .column("nick", new StringType("TEXT"), c -> c.defaultValue("'anon'"))
                    .column("org_id", new IntegerType("INTEGER"))
                    .primaryKey("id")
                    .uniqueIndex("users_email", "email")
                    .index("users_org", "org_id")
                    .foreignKey("fk_org", java.util.List.of("org_id"), "orgs", java.util.List.of("id"), io.atlas4j.schema.ReferenceAction.NO_ACTION))
            .build();

    @Test
    void passingAssertions() {
        assertThat(SCHEMA).hasTable("orgs").doesNotHaveTable("people")
                .table("users").hasColumns("id", "email", "nick", "org_id").hasPrimaryKey("id")
                .hasUniqueIndexOn("email").hasIndexOn("org_id").hasForeignKeyTo("orgs").doesNotHaveColumn("name")
                .column("email").isNotNull().hasTypeName("text").hasNoDefault()
                .and().column("nick").isNullable().hasDefault("'anon'");
    }

    @Test
    void missingTableListsTheTablesThereAre() {
        assertThatThrownBy(() -> assertThat(SCHEMA).table("people"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected schema \"main\" to have table \"people\", but it has only [orgs, users]");
    }

    @Test
    void columnFailuresSayWhatItIs() {
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").column("nick").isNotNull())
                .hasMessageContaining("Expected column users.nick to be NOT NULL, but it is nullable");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").column("email").isNullable())
                .hasMessageContaining("Expected column users.email to be nullable, but it is NOT NULL");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").column("email").hasTypeName("varchar"))
                .hasMessageContaining("Expected column users.email to have type varchar, but it has StringType[name=TEXT");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").column("nick").hasDefault("'x'"))
                .hasMessageContaining("Expected column users.nick to default to 'x', but it defaults to 'anon'");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").column("mail"))
                .hasMessageContaining("Expected table \"users\" to have column \"mail\", but it has only [id, email, nick, org_id]");
    }

    @Test
    void tableFailuresSayWhatItHas() {
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").hasPrimaryKey("email"))
                .hasMessageContaining("Expected table \"users\" to have primary key [email], but it has [id]");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").hasUniqueIndexOn("org_id"))
                .hasMessageContaining("Expected table \"users\" to have a unique index on [org_id], but its indexes are [users_email UNIQUE [email], users_org [org_id]]");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("orgs").hasForeignKeyTo("users"))
                .hasMessageContaining("Expected table \"orgs\" to have a foreign key to \"users\", but it references []");
        assertThatThrownBy(() -> assertThat(SCHEMA).table("users").hasColumns("id", "email"))
                .hasMessageContaining("to have columns [id, email], but it has [id, email, nick, org_id]");
    }
}
