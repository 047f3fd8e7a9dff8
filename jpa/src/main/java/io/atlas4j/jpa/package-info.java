/**
 * Desired schemas from JPA / Hibernate entities: {@link io.atlas4j.jpa.JpaModel} (entity classes, packages
 * or a persistence unit), {@link io.atlas4j.jpa.JpaSchemas} (one-call shortcuts) and {@link io.atlas4j.jpa.JpaUrl}
 * ({@code jpa://com.example.model?classpath=...}).
 */
package io.atlas4j.jpa;
