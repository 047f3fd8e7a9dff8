package io.atlas4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.atlas4j.ApplyOptions;
import io.atlas4j.Atlas;
import io.atlas4j.DesiredSchema;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.jpa.shop.Address;
import io.atlas4j.jpa.shop.Book;
import io.atlas4j.jpa.shop.CardPayment;
import io.atlas4j.jpa.shop.Customer;
import io.atlas4j.jpa.shop.OrderLine;
import io.atlas4j.jpa.shop.Payment;
import io.atlas4j.jpa.shop.Priority;
import io.atlas4j.jpa.shop.PurchaseOrder;
import io.atlas4j.jpa.shop.Shop;
import io.atlas4j.jpa.shop.Tag;
import io.atlas4j.plan.Plan;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The acceptance path every database runs: the entities' desired schema applied to an empty database
 * converges, Hibernate's {@code validate} accepts the result, and the entities store and read rows.
 */
final class EntityRoundTrip {
    private EntityRoundTrip() {
    }

    /** Plans desired against the empty target, applies, inspects again: nothing left to do. {@return the plan applied} */
    static Plan converge(Dialect dialect, Connection target, DesiredSchema desired) {
        Schema want = desired.schema();
        assertThat(want.table("orders").orElseThrow().checks()).as("@Table(check = @CheckConstraint)")
                .anySatisfy(c -> assertThat(c.name()).isEqualTo("ck_orders_total"));
        Schema empty = Atlas.inspect(target, InspectOptions.defaults());
        assertThat(empty.tables()).as("the target starts empty").isEmpty();
        Plan plan = desired.diffFrom(empty).plan(dialect);
        assertThat(plan.statements()).isNotEmpty();
        Atlas.apply(target, plan, ApplyOptions.defaults());

        Schema after = Atlas.inspect(target, InspectOptions.defaults());
        assertThat(after.tables()).hasSameSizeAs(desired.schema().tables());
        assertThat(desired.diffFrom(after).changes()).as("convergence: desired vs the database after the apply").isEmpty();
        assertThat(desired.diffFrom(after).plan(dialect).statements()).as("a second plan").isEmpty();
        assertThat(Atlas.diff(after, after).changes()).as("idempotence of the inspected schema").isEmpty();
        assertThat(Atlas.diff(desired.schema(), desired.schema()).changes()).as("idempotence of the loaded schema").isEmpty();
        return plan;
    }

    /** {@return an entity manager factory over the shop entities that first runs Hibernate's schema validation} */
    static EntityManagerFactory validating(HibernateTarget target, String jdbcUrl, String user, String password) {
        return new HibernatePersistenceConfiguration("shop-validate")
                .managedClasses(Shop.ENTITIES)
                .jdbcUrl(jdbcUrl)
                .jdbcCredentials(user, password)
                .property("hibernate.dialect", target.dialectClass())
                .property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory();
    }

    /** Stores a customer with an order, a tagged book and a card payment, and reads them back in a new session. */
    static void persistAndRead(EntityManagerFactory emf) {
        Long customerId;
        Long orderId;
        try (EntityManager em = emf.createEntityManager()) {
            em.getTransaction().begin();
            Customer c = new Customer("ada@example.com", "Ada", "Lovelace", new Address("12 St James's Sq", "London", "SW1Y"));
            em.persist(c);
            Tag tag = new Tag("classic");
            em.persist(tag);
            Book book = new Book("BK-1", "Notes", new BigDecimal("19.90"), "9780000000001");
            book.tags().add(tag);
            em.persist(book);
            em.getTransaction().commit();
            // A transaction of its own: on SQLite the order sequence is a table that Hibernate advances on a
            // second connection, which would wait for a transaction that has already written.
            em.getTransaction().begin();
            PurchaseOrder order = new PurchaseOrder(c, new BigDecimal("39.80"), Priority.HIGH, LocalDateTime.of(2026, 1, 2, 3, 4, 5));
            order.lines().add(new OrderLine(order, book, 2, new BigDecimal("19.90")));
            em.persist(order);
            em.persist(new CardPayment(order, new BigDecimal("39.80"), "4242"));
            em.getTransaction().commit();
            customerId = c.id();
            orderId = order.id();
        }
        try (EntityManager em = emf.createEntityManager()) {
            Customer c = em.find(Customer.class, customerId);
            assertThat(c.email()).isEqualTo("ada@example.com");
            assertThat(c.address().city()).isEqualTo("London");
            PurchaseOrder o = em.find(PurchaseOrder.class, orderId);
            assertThat(o.total()).isEqualByComparingTo("39.80");
            assertThat(o.priority()).isEqualTo(Priority.HIGH);
            assertThat(o.lines()).singleElement().satisfies(l -> {
                assertThat(l.quantity()).isEqualTo(2);
                assertThat(l.product()).isInstanceOf(Book.class);
                assertThat(l.product().tags()).extracting(Tag::name).containsExactly("classic");
            });
            List<Payment> payments = em.createQuery("select p from Payment p", Payment.class).getResultList();
            assertThat(payments).singleElement().isInstanceOfSatisfying(CardPayment.class, p -> assertThat(p.last4()).isEqualTo("4242"));
        }
    }

    static void run(Connection c, List<String> statements) throws Exception {
        try (Statement st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        }
    }
}
