package io.atlas4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The shop entities on MariaDB, found by package scan: scratch-loaded, applied to a new database, validated by Hibernate. */
class JpaMariaDbIT {
    @Test
    void shopConvergesValidatesAndStoresRows() throws Exception {
        JpaModel model = JpaModel.fromPackages(JpaMariaDbIT.class.getClassLoader(), "io.atlas4j.jpa.shop");
        try (Servers.Database db = Servers.mariadb()) {
            try (Connection target = db.connect()) {
                Dialect maria = Dialects.forConnection(target);
                assertThat(HibernateTarget.of(maria).dialectClass()).isEqualTo("org.hibernate.dialect.MariaDBDialect");
                DesiredSchema desired = model.load(maria, target);
                Table customers = desired.schema().table("customers").orElseThrow();
                assertThat(customers.indexes()).anySatisfy(i -> {
                    assertThat(i.name()).isEqualTo("uk_customers_email");
                    assertThat(i.unique()).isTrue();
                });
                assertThat(desired.schema().table("tags").orElseThrow().column("name").orElseThrow().attrs().get(Comment.class))
                        .as("@Column(comment)").contains(new Comment("shown in the filter of the shop"));
                EntityRoundTrip.converge(maria, target, desired);
                try (EntityManagerFactory emf = EntityRoundTrip.validating(HibernateTarget.of(maria), db.url(), db.user(), db.password())) {
                    EntityRoundTrip.persistAndRead(emf);
                }
            }
        }
    }
}
