/**
 * A small shop model for the JPA tests: one-to-many (customer's orders, order lines), a many-to-many join
 * table (product tags), indexes and unique constraints, column length/precision/scale/nullability, enums
 * stored as STRING and ORDINAL, an embedded address, SINGLE_TABLE (products) and JOINED (payments)
 * inheritance, identity columns and a sequence generator.
 */
package io.atlas4j.jpa.shop;
