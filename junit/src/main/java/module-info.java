/** JUnit 5 support for atlas4j: a fresh database per test and fluent assertions on schemas, databases and plans. */
module io.atlas4j.junit {
    requires transitive io.atlas4j.core;
    requires transitive io.atlas4j.migrate;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    exports io.atlas4j.junit;
}
