/**
 * The atlas4j Kubernetes operator: {@code AtlasSchema} and {@code AtlasMigration} resources
 * reconciled with the library's start-up apply and migration runner.
 */
module io.atlas4j.operator {
    requires io.atlas4j.core;
    requires io.atlas4j.migrate;
    requires org.slf4j;
    requires operator.framework.core;
    requires kubernetes.client.api;
    requires kubernetes.model.core;
    requires kubernetes.model.common;
    requires generator.annotations;
    requires com.fasterxml.jackson.annotation;
    exports io.atlas4j.operator;
    exports io.atlas4j.operator.crd;
    // Jackson reads and writes the resource classes reflectively.
    opens io.atlas4j.operator.crd;
}
