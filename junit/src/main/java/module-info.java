/**
 * JUnit 5 support for atlas4j: a fresh database per test and fluent assertions on schemas, databases and plans.
 *
 * <p>Testcontainers, which {@code AtlasExtension.postgres(container)} and {@code mysql(container)}
 * use, is an optional dependency read from the class path: its 1.x jars name no module and split
 * {@code org.testcontainers.containers} between two jars, so no {@code requires} can name it. Tests
 * run on the class path (Surefire's default for a project without module-info) need nothing more;
 * on the module path add {@code --add-reads io.atlas4j.junit=ALL-UNNAMED}.
 */
module io.atlas4j.junit {
    requires transitive io.atlas4j.core;
    requires transitive io.atlas4j.migrate;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    exports io.atlas4j.junit;
}
