package io.atlas4j.migrate.internal;

/** One statement of a migration file, with the line of the file it starts on. */
record FileStatement(String sql, int line) {
}
