package io.atlas4j.hcl;

import io.atlas4j.testkit.LocalServers;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.Atlas;
import io.atlas4j.SqlScript;
import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HCL with each dialect's attributes loads to the schema the same SQL loads to on the real server (diff empty). */
class HclSchemasServerIT {

    @Test
    void postgresIdentitySerialIndexTypeAndReferences() throws Exception {
        String sql = """
                CREATE TABLE users (
                  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 10 INCREMENT BY 5) PRIMARY KEY,
                  n serial NOT NULL,
                  email character varying(255) NOT NULL,
                  tags text[] NULL,
                  created timestamptz NOT NULL DEFAULT now()
                );
                CREATE INDEX users_email_hash ON users USING hash (email);
                CREATE INDEX users_lower ON users (lower((email)::text)) WHERE (id > 0);
                CREATE TABLE posts (
                  id integer NOT NULL PRIMARY KEY,
                  author bigint NULL REFERENCES users (id) ON DELETE CASCADE
                );
                COMMENT ON TABLE posts IS 'what users write';
                """;
        String hcl = """
                schema "public" {
                }
                table "users" {
                  schema = schema.public
                  column "id" {
                    type = bigint
                    identity {
                      generated = ALWAYS
                      start     = 10
                      increment = 5
                    }
                  }
                  column "n" {
                    type = serial
                  }
                  column "email" {
                    type = character_varying(255)
                  }
                  column "tags" {
                    type = sql("text[]")
                    null = true
                  }
                  column "created" {
                    type    = timestamptz
                    default = sql("now()")
                  }
                  primary_key "users_pkey" {
                    columns = [column.id]
                  }
                  index "users_email_hash" {
                    type    = HASH
                    columns = [column.email]
                  }
                  index "users_lower" {
                    on {
                      expr = "lower(email::text)"
                    }
                    where = "id > 0"
                  }
                }
                table "posts" {
                  schema  = schema.public
                  comment = "what users write"
                  column "id" {
                    type = integer
                  }
                  column "author" {
                    type = bigint
                    null = true
                  }
                  primary_key "posts_pkey" {
                    columns = [column.id]
                  }
                  foreign_key "posts_author_fkey" {
                    columns     = [column.author]
                    ref_columns = [table.users.column.id]
                    on_delete   = CASCADE
                  }
                }
                """;
        try (Connection admin = LocalServers.postgres("postgres")) {
            Dialect d = PostgresDialect.create().forConnection(admin);
            Realm fromSql = Atlas.loadRealm(List.of(new SqlScript("s.sql", sql)), d, admin, Optional.empty(), Scope.DATABASE);
            Realm fromHcl = HclSchemas.load(hcl, "s.hcl", d);
            Schema pub = fromHcl.schema("public").orElseThrow();
            assertThat(pub.table("users").orElseThrow().column("id").orElseThrow().attrs().get(PgIdentity.class))
                    .hasValueSatisfying(i -> assertThat(i.always()).isTrue());
            assertThat(Atlas.diff(fromSql, fromHcl).changes()).isEmpty();
            assertThat(Atlas.diff(fromSql, HclSchemas.load(hcl.replace("start     = 10", "start     = 11"), "s.hcl", d))
                    .changes()).hasSize(1);
        }
    }

    @Test
    void mysqlUnsignedAutoIncrementCharsetAndPrefix() throws Exception {
        String sql = """
                CREATE TABLE users (
                  id int unsigned NOT NULL AUTO_INCREMENT,
                  name varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
                  updated timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                  PRIMARY KEY (id),
                  KEY name_prefix (name(10))
                ) ENGINE=InnoDB;
                """;
        try (Connection admin = LocalServers.mariadb()) {
            Dialect d = MySqlDialect.create().forConnection(admin);
            Realm fromSql = Atlas.loadRealm(List.of(new SqlScript("s.sql", sql)), d, admin, Optional.empty(), Scope.SCHEMA);
            String schema = fromSql.schemas().get(0).name();
            String hcl = """
                    schema "%s" {
                      charset = "utf8mb4"
                      collate = "utf8mb4_general_ci"
                    }
                    table "users" {
                      schema  = schema.%s
                      engine  = InnoDB
                      charset = "utf8mb4"
                      collate = "utf8mb4_general_ci"
                      column "id" {
                        type           = int
                        unsigned       = true
                        auto_increment = true
                      }
                      column "name" {
                        type    = varchar(100)
                        charset = "latin1"
                        collate = "latin1_swedish_ci"
                      }
                      column "updated" {
                        type      = timestamp
                        default   = sql("CURRENT_TIMESTAMP")
                        on_update = sql("CURRENT_TIMESTAMP")
                      }
                      primary_key {
                        columns = [column.id]
                      }
                      index "name_prefix" {
                        on {
                          column = column.name
                          prefix = 10
                        }
                      }
                    }
                    """.formatted(schema, schema);
            Realm fromHcl = HclSchemas.load(hcl, "s.hcl", d);
            assertThat(fromHcl.schemas().get(0).table("users").orElseThrow().column("id").orElseThrow().attrs().has(AutoIncrement.class)).isTrue();
            assertThat(Atlas.diff(fromSql, fromHcl).changes()).isEmpty();
        }
    }
}
