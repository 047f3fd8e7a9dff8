package io.atlas4j.hcl.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.Policy;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropTable;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.hcl.HclException;
import io.atlas4j.plan.lint.LintConfig;
import io.atlas4j.plan.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasProjectTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("atlas.hcl"), text);
    }

    private HclException failure(String text, Map<String, String> vars) throws IOException {
        Path f = write(text);
        return (HclException) org.assertj.core.api.Assertions.catchThrowable(() -> AtlasProject.load(f, vars, Map.of()));
    }

    @Test
    void readsEveryPartOfAnEnv() throws IOException {
        Path f = write("""
                variable "db" {
                  type    = string
                  default = "app"
                }
                variable "port" {
                  type = number
                }
                locals {
                  base = "file://schema"
                }
                env "local" {
                  url     = "postgres://u:${getenv("PGPASS")}@localhost:${var.port}/${var.db}"
                  dev     = "sqlite://dev?mode=memory"
                  src     = ["${local.base}/a.hcl", "file:///abs/b.sql"]
                  schemas = ["public"]
                  exclude = ["tmp_*"]
                  migration {
                    dir              = "file://migrations"
                    format           = flyway
                    baseline         = 20240101000000
                    revisions_schema = "meta"
                  }
                  diff {
                    skip {
                      drop_table  = true
                      drop_column = true
                      add_index   = false
                    }
                    concurrent_index {
                      create = true
                    }
                  }
                  lint {
                    destructive {
                      error = false
                    }
                  }
                }
                env "ci" {
                  url = var.db
                }
                """);
        AtlasProject p = AtlasProject.load(f, Map.of("port", "5433"), Map.of("PGPASS", "s3cret"));
        assertThat(p.envNames()).containsExactly("local", "ci");
        Env local = p.env("local");
        assertThat(local.url()).contains("postgres://u:s3cret@localhost:5433/app");
        assertThat(local.dev()).contains("sqlite://dev?mode=memory");
        assertThat(local.src()).containsExactly("file://" + dir.toAbsolutePath().resolve("schema/a.hcl"), "file:///abs/b.sql");
        assertThat(local.schemas()).containsExactly("public");
        assertThat(local.exclude()).containsExactly("tmp_*");
        assertThat(local.migration().dir()).contains("file://" + dir.toAbsolutePath().resolve("migrations"));
        assertThat(local.migration().format()).contains("flyway");
        assertThat(local.migration().baseline()).contains("20240101000000");
        assertThat(local.migration().revisionsSchema()).contains("meta");
        assertThat(local.diff().skip()).containsExactlyInAnyOrder("drop_table", "drop_column");
        Policy policy = local.diff().apply(Policy.defaults());
        assertThat(policy.skipped()).containsExactlyInAnyOrder(DropTable.class, DropColumn.class);
        assertThat(policy.concurrentIndexes()).isTrue();
        assertThat(local.lint().destructiveError()).contains(false);
        assertThat(local.lint().apply(LintConfig.defaults()).effective("DS102", Severity.ERROR)).contains(Severity.WARNING);
        assertThat(p.env("ci").url()).contains("app");
        assertThat(p.env("ci").src()).isEmpty();
        assertThat(p.env("ci").migration().dir()).isEmpty();
    }

    @Test
    void anUnnamedEnvTakesAnyNameThroughAtlasEnv() throws IOException {
        Path f = write("""
                env {
                  name = atlas.env
                  url  = "sqlite://${atlas.env}.db"
                }
                """);
        AtlasProject p = AtlasProject.load(f, Map.of());
        assertThat(p.env("staging").url()).contains("sqlite://staging.db");
        assertThat(p.env("prod").name()).isEqualTo("prod");
    }

    @Test
    void bareSrcPathsAndDirectoriesResolveAgainstTheProjectFolder() throws IOException {
        Path f = write("""
                env "local" {
                  src = "schema.hcl"
                  migration {
                    dir = "file://db/migrations?format=goose"
                  }
                }
                """);
        Env e = AtlasProject.load(f, Map.of()).env("local");
        assertThat(e.src()).containsExactly("file://" + dir.toAbsolutePath().resolve("schema.hcl"));
        assertThat(e.migration().dir()).contains("file://" + dir.toAbsolutePath().resolve("db/migrations") + "?format=goose");
    }

    @Test
    void externalSchemaDataSourceIsAnExtUrlForSrc() throws IOException {
        Path f = write("""
                variable "dialect" {
                  type    = string
                  default = "postgres"
                }
                data "external_schema" "orm" {
                  program = ["java", "-jar", "models loader.jar", "--dialect", var.dialect]
                }
                env "local" {
                  src = data.external_schema.orm.url
                  url = "sqlite://app.db"
                }
                """);
        Env e = AtlasProject.load(f, Map.of("dialect", "mysql")).env("local");
        assertThat(e.src()).containsExactly("ext://java -jar 'models loader.jar' --dialect mysql");
        assertThat(io.atlas4j.ExternalProgram.parse(e.src().get(0)).argv())
                .containsExactly("java", "-jar", "models loader.jar", "--dialect", "mysql");
    }

    @Test
    void externalSchemaMistakesAreReportedWhereTheyAre() throws IOException {
        HclException unknown = failure("""
                data "external_schema" "orm" {
                  program = ["gen"]
                }
                env "local" {
                  src = data.external_schema.om.url
                }
                """, Map.of());
        assertThat(unknown.getMessage()).contains("atlas.hcl:5,9-").contains("unknown data source data.external_schema.om.url")
                .contains("Did you mean data.external_schema.orm.url?");
        HclException kind = failure("""
                data "composite_schema" "app" {
                  program = ["gen"]
                }
                """, Map.of());
        assertThat(kind.getMessage()).contains("atlas.hcl:1,").contains("data source \"composite_schema\" is not supported");
        HclException program = failure("""
                data "external_schema" "orm" {
                  program = "gen --all"
                }
                """, Map.of());
        assertThat(program.getMessage()).contains("atlas.hcl:2,").contains("program must be a non-empty list of strings");
        HclException missing = failure("""
                data "external_schema" "orm" {
                }
                """, Map.of());
        assertThat(missing.getMessage()).contains("program");
    }

    @Test
    void unknownAttributeSuggestsTheKnownOne() throws IOException {
        HclException e = failure("""
                env "local" {
                  ur = "sqlite://a.db"
                }
                """, Map.of());
        assertThat(e.getMessage()).isEqualTo("atlas.hcl:2,3-5: unknown attribute \"ur\" in block of type env (Did you mean url?)");
    }

    @Test
    void unknownBlockAndSkipKindSuggestTheKnownOnes() throws IOException {
        HclException e = failure("""
                env "local" {
                  migraton {
                    dir = "file://m"
                  }
                  diff {
                    skip {
                      drop_tabel = true
                    }
                  }
                }
                """, Map.of());
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                "atlas.hcl:2,3-11: unknown block type \"migraton\" (Did you mean migration?)",
                "atlas.hcl:7,7-17: unknown attribute \"drop_tabel\" in block of type skip (Did you mean drop_table?)");
    }

    @Test
    void aVariableWithoutValueIsNamedWithTheFlagThatGivesIt() throws IOException {
        HclException e = failure("""
                variable "password" {
                  type = string
                }
                env "local" {
                  url = "postgres://u:${var.password}@h/db"
                }
                """, Map.of());
        assertThat(e.getMessage()).isEqualTo(
                "atlas.hcl:1,1-20: variable \"password\" has no value: pass --var password=value, or give it a default");
    }

    @Test
    void valueErrorsAreAllReportedWithPositions() throws IOException {
        HclException e = failure("""
                variable "n" {
                  type = number
                }
                env "local" {
                  url = var.usr
                  dev = getenve("X")
                  src = local.nothing
                  diff {
                    skip {
                      drop_table = "yes"
                    }
                  }
                }
                """, Map.of("n", "ten"));
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                "atlas.hcl:1,1-13: variable \"n\" is a number, not \"ten\" (--var n=...)",
                "atlas.hcl:5,9-16: unknown variable var.usr",
                "atlas.hcl:6,9-16: unknown function \"getenve\" (Did you mean getenv?)",
                "atlas.hcl:7,9-22: unknown local local.nothing",
                "atlas.hcl:10,20-25: attribute \"drop_table\" must be true or false");
    }

    @Test
    void wrongLabelsAndDuplicateEnvsAreErrors() throws IOException {
        HclException e = failure("""
                env "a" "b" {
                }
                env "c" {
                }
                env "c" {
                }
                env {
                  url = "x"
                }
                """, Map.of());
        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                "atlas.hcl:1,1-12: env block must have between 0 and 1 labels",
                "atlas.hcl:5,1-8: env \"c\" is defined twice (first at line 3)",
                "atlas.hcl:7,1-4: env block without a name label must set name (e.g. name = atlas.env)");
    }

    @Test
    void unknownEnvListsTheKnownOnes() throws IOException {
        Path f = write("""
                env "local" {
                }
                env "ci" {
                }
                """);
        AtlasProject p = AtlasProject.load(f, Map.of());
        assertThatThrownBy(() -> p.env("lcoal")).isInstanceOf(InvalidInputException.class)
                .hasMessage("env \"lcoal\" is not defined in atlas.hcl (Did you mean local?): the envs are local, ci");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> AtlasProject.load(dir.resolve("nope.hcl"), Map.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope.hcl\" does not exist");
    }

    @Test
    void getenvOfAnUnsetVariableIsEmptyAsInAtlas() throws IOException {
        Path f = write("""
                env "local" {
                  url = "sqlite://${getenv("NOT_SET_ANYWHERE")}x.db"
                }
                """);
        assertThat(AtlasProject.load(f, Map.of(), Map.of()).env("local").url()).contains("sqlite://x.db");
        assertThat(AtlasProject.load(f, Map.of(), Map.of("NOT_SET_ANYWHERE", "a/")).env("local").url()).contains("sqlite://a/x.db");
        assertThat(Optional.of(List.of())).isPresent();
    }
}
