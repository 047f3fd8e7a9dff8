/**
 * Spring Boot auto-configuration for atlas4j: migrates the application's database at start-up,
 * before anything else uses it, and shows what was applied on the {@code atlas4j} actuator endpoint.
 */
module io.atlas4j.spring.boot {
    requires transitive io.atlas4j.core;
    requires transitive io.atlas4j.migrate;
    requires transitive spring.boot;
    requires transitive spring.boot.autoconfigure;
    requires spring.beans;
    requires spring.context;
    requires spring.core;
    requires static spring.boot.actuator;
    requires static io.atlas4j.notify;
    requires org.slf4j;
    exports io.atlas4j.spring.boot;
    opens io.atlas4j.spring.boot to spring.core, spring.beans, spring.context, spring.boot;
    opens io.atlas4j.spring.boot.internal to spring.core, spring.beans, spring.context, spring.boot;
}
