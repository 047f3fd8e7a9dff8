package io.atlas4j.spring.boot.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small JPA application whose tables atlas4j creates: with {@code spring.jpa.hibernate.ddl-auto=validate}
 * it only starts when the tables exist before Hibernate looks. It names no Spring Boot class that
 * moved between Boot 3 and 4, so the same code starts on both.
 */
@SpringBootApplication
public class ShopApplication {
}
