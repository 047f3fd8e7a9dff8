package io.atlas4j.migrate;

/**
 * Where a migration file stopped.
 *
 * @param file      the file's name
 * @param statement the failed statement's number in the file, from 1 (0 when it is no longer found in the file)
 * @param line      the line it starts on (0 when unknown)
 * @param applied   how many statements of the file took effect (resuming starts after them)
 * @param total     how many statements the file had
 * @param sql       the failed statement
 * @param error     the database's error
 */
public record Stop(String file, int statement, int line, int applied, int total, String sql, String error) {
}
