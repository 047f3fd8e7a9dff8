package io.atlas4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Table;
import io.atlas4j.spi.Dialect;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The shop entities on PostgreSQL, found by a jpa:// URL: scratch-loaded, applied to a new database, validated by Hibernate. */
class JpaPostgresIT {
    @Test
    void shopConvergesValidatesAndStoresRows() throws Exception {
        Path classes = Path.of(JpaPostgresIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JpaModel model = JpaSchemas.fromUrl("jpa://io.atlas4j.jpa.shop?classpath=" + classes);
        try (Servers.Database db = Servers.postgres()) {
            try (Connection target = db.connect()) {
                Dialect pg = Dialects.forConnection(target);
                DesiredSchema desired = model.load(pg, target);
                assertThat(desired.schema().objects()).anySatisfy(o -> assertThat(o).isInstanceOfSatisfying(PgSequence.class,
                        s -> assertThat(s.name()).isEqualTo("order_seq")));
                Table tags = desired.schema().table("product_tags").orElseThrow();
                assertThat(tags.foreignKeys()).hasSize(2);   // the many-to-many join table references both sides
                assertThat(desired.schema().table("tags").orElseThrow().column("name").orElseThrow().attrs().get(Comment.class))
                        .as("@Column(comment)").contains(new Comment("shown in the filter of the shop"));
                EntityRoundTrip.converge(pg, target, desired);
                try (EntityManagerFactory emf = EntityRoundTrip.validating(HibernateTarget.of(pg), db.url(), db.user(), db.password())) {
                    EntityRoundTrip.persistAndRead(emf);
                }
            }
        }
    }
}
