package io.atlas4j.mysql;

/** The server family behind a MySQL-protocol connection. */
public enum Flavor {
    MYSQL, MARIADB
}
