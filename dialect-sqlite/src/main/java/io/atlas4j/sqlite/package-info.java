/**
 * The SQLite dialect of atlas4j. {@link io.atlas4j.sqlite.SqliteDialect#create()} (or ServiceLoader
 * discovery from a connection or a {@code sqlite://} URL) gives the inspector, diff hooks, planner
 * and type codec; desired SQL is loaded into an in-memory SQLite, so no dev database is ever needed.
 *
 * <p>SQLite-only facts hang off the generic model as attributes:
 * {@link io.atlas4j.sqlite.SqliteStrict} and {@link io.atlas4j.sqlite.SqliteWithoutRowId} on tables,
 * {@link io.atlas4j.sqlite.SqliteAutoincrement} on the primary key,
 * {@link io.atlas4j.sqlite.SqliteUniqueConstraint} on indexes backing a {@code UNIQUE} constraint,
 * {@link io.atlas4j.sqlite.SqliteOnConflict} on NOT NULL columns and key constraints. Virtual tables
 * are schema objects ({@link io.atlas4j.sqlite.SqliteVirtualTable}).
 *
 * <p>Changes that {@code ALTER TABLE} cannot make are planned as a table rebuild (create
 * {@code new_<t>}, copy rows, drop, rename, re-create indexes and triggers) inside the plan's single
 * transaction, with foreign keys off and a {@code PRAGMA foreign_key_check} before commit.
 */
package io.atlas4j.sqlite;
