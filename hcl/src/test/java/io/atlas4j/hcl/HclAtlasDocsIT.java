package io.atlas4j.hcl;

import io.atlas4j.testkit.LocalServers;
import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.MySqlDialect;
import io.atlas4j.postgres.PostgresDialect;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import io.atlas4j.sqlite.SqliteDialect;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * HCL written the way Atlas's documentation writes it ({@code src/test/resources/atlas-docs/<dialect>}, files
 * modelled on the examples of Atlas's HCL reference and guides) applies and converges: each file is loaded, planned
 * from an empty database and applied; the database then inspects equal to the HCL (diff empty) and a second plan is
 * empty.
 */
class HclAtlasDocsIT {
    private static Stream<Path> files(String dialect) throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(HclAtlasDocsIT.class.getResource("/atlas-docs/" + dialect).toURI());
        List<Path> out;
        try (Stream<Path> s = Files.list(dir)) {
            out = s.filter(p -> p.toString().endsWith(".hcl")).sorted().toList();
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(2);
        return out.stream();
    }

    @TestFactory
    Stream<DynamicTest> sqlite() throws Exception {
        Dialect d = SqliteDialect.create();
        return files("sqlite").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Schema desired = HclSchemas.load(f, d).schemas().get(0);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                Schema empty = Atlas.inspect(c, InspectOptions.defaults());
                Atlas.apply(c, Atlas.diff(empty, desired).plan(d), ApplyOptions.defaults());
                Schema applied = Atlas.inspect(c, InspectOptions.defaults());
                assertThat(Atlas.diff(applied, desired).changes()).as("inspected after apply vs %s", f.getFileName()).isEmpty();
                assertThat(Atlas.diff(applied, desired).plan(d).isEmpty()).isTrue();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> postgres() throws Exception {
        return files("postgres").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String db = "atlas4j_hcl_docs_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection admin = LocalServers.postgres("postgres")) {
                try (var s = admin.createStatement()) {
                    s.execute("CREATE DATABASE " + db);
                }
                try (Connection c = LocalServers.postgres(db)) {
                    Dialect d = PostgresDialect.create().forConnection(c);
                    Realm desired = HclSchemas.load(f, d);
                    InspectOptions options = InspectOptions.defaults().withSchemas(List.of("public"));
                    Realm empty = Atlas.inspectRealm(c, options);
                    Atlas.apply(c, Atlas.diff(empty, desired).plan(d), ApplyOptions.defaults());
                    Realm applied = Atlas.inspectRealm(c, options);
                    assertThat(Atlas.diff(applied, desired).changes()).as("inspected after apply vs %s", f.getFileName()).isEmpty();
                } finally {
                    try (var s = admin.createStatement()) {
                        s.execute("DROP DATABASE " + db + " WITH (FORCE)");
                    }
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> mysql() throws Exception {
        return files("mysql").map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String db = "a4j_hcl_docs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection c = LocalServers.mariadb()) {
                try (var s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + db);
                }
                try {
                    c.setCatalog(db);
                    Dialect d = MySqlDialect.create().forConnection(c);
                    Schema desired = HclSchemas.load(f, d, Map.of("database", db)).schemas().get(0);
                    assertThat(desired.name()).isEqualTo(db);
                    Schema empty = Atlas.inspect(c, InspectOptions.defaults());
                    Atlas.apply(c, Atlas.diff(empty, desired).plan(d), ApplyOptions.defaults());
                    Schema applied = Atlas.inspect(c, InspectOptions.defaults());
                    assertThat(Atlas.diff(applied, desired).changes()).as("inspected after apply vs %s", f.getFileName()).isEmpty();
                } finally {
                    try (var s = c.createStatement()) {
                        s.execute("DROP DATABASE IF EXISTS " + db);
                    }
                }
            }
        }));
    }
}
