package io.atlas4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atlas4j.DesiredSchema;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.jpa.broken.NoId;
import io.atlas4j.jpa.shop.Shop;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.sqlite.SqliteDialect;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways to name entities, and what the loaded schema holds, on SQLite's in-memory dev database. */
class JpaModelTest {
    private static final SqliteDialect SQLITE = SqliteDialect.create();

    @TempDir
    Path dir;

    @Test
    void loadedSchemaHoldsWhatTheAnnotationsSay() {
        Schema s = JpaSchemas.load(SQLITE, Shop.ENTITIES.toArray(Class<?>[]::new)).schema();
        assertThat(s.tables()).extracting(Table::name).contains("customers", "orders", "order_lines", "products", "product_tags",
                "tags", "payments", "card_payments", "bank_transfers", "order_seq");
        Table customers = s.table("customers").orElseThrow();
        assertThat(customers.column("email").orElseThrow().nullable()).isFalse();
        assertThat(customers.column("first_name").orElseThrow().nullable()).isTrue();
        assertThat(customers.column("city")).as("@Embedded address").isPresent();
        Index byName = customers.indexes().stream().filter(i -> i.name().equals("ix_customers_name")).findFirst().orElseThrow();
        assertThat(byName.parts()).extracting(p -> ((IndexPart.OfColumn) p).column()).containsExactly("last_name", "first_name");
        assertThat(customers.checks()).as("EnumType.STRING").anySatisfy(c -> assertThat(c.expr()).contains("'SUSPENDED'"));
        Column total = s.table("orders").orElseThrow().column("total").orElseThrow();
        assertThat(total.type()).isInstanceOfSatisfying(DecimalType.class, d -> {
            assertThat(d.precision()).hasValue(12);
            assertThat(d.scale()).hasValue(2);
        });
        assertThat(s.table("orders").orElseThrow().checks()).as("EnumType.ORDINAL").anySatisfy(c -> assertThat(c.expr()).contains("between 0 and 2"));
        assertThat(s.table("product_tags").orElseThrow().primaryKey()).hasValueSatisfying(pk ->
                assertThat(pk.parts()).extracting(p -> ((IndexPart.OfColumn) p).column()).containsExactly("product_id", "tag_id"));
        assertThat(s.table("products").orElseThrow().indexes()).as("@Column(unique = true)").anySatisfy(i -> assertThat(i.unique()).isTrue());
    }

    @Test
    void aPersistenceUnitGivesTheSameDdlAsItsClasses() {
        String fromUnit = JpaModel.fromPersistenceUnit(getClass().getClassLoader(), "shop").ddl(SQLITE);
        assertThat(fromUnit).isEqualTo(JpaModel.of(Shop.ENTITIES).ddl(SQLITE));
        assertThatThrownBy(() -> JpaModel.fromPersistenceUnit(getClass().getClassLoader(), "shopp").ddl(SQLITE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no persistence unit \"shopp\"").hasMessageContaining("shop");
    }

    @Test
    void aPackageScanFindsTheSameClasses() {
        assertThat(JpaModel.fromPackages(getClass().getClassLoader(), "io.atlas4j.jpa.shop").ddl(SQLITE))
                .isEqualTo(JpaModel.of(Shop.ENTITIES).ddl(SQLITE));
    }

    @Test
    void jpaUrlReadsEntitiesFromAJarTheApplicationDoesNotHave() throws Exception {
        Path jar = jarOfShop();
        ClassLoader withoutShop = new HidingLoader(getClass().getClassLoader(), "io/atlas4j/jpa/shop");
        assertThatThrownBy(() -> JpaUrl.parse("jpa://io.atlas4j.jpa.shop").model(withoutShop).ddl(SQLITE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no @Entity class in package \"io.atlas4j.jpa.shop\"");
        String ddl = JpaUrl.parse("jpa://io.atlas4j.jpa.shop?classpath=" + jar).model(withoutShop).ddl(SQLITE);
        assertThat(ddl).isEqualTo(JpaModel.of(Shop.ENTITIES).ddl(SQLITE));
    }

    @Test
    void mappingErrorsNameTheEntity() {
        assertThatThrownBy(() -> JpaModel.of(NoId.class).ddl(SQLITE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("io.atlas4j.jpa.broken.NoId")
                .hasMessageContaining("identifier");
    }

    /** The shop's compiled classes, copied into a jar. */
    private Path jarOfShop() throws IOException {
        Path classes = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = dir.resolve("shop.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes.resolve("io/atlas4j/jpa/shop"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** A class loader without one package: stands in for an application that does not bundle the entities. */
    private static final class HidingLoader extends ClassLoader {
        private final String hidden;

        HidingLoader(ClassLoader parent, String hidden) {
            super(parent);
            this.hidden = hidden;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.replace('.', '/').startsWith(hidden + "/")) throw new ClassNotFoundException(name);
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith(hidden) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith(hidden) ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
