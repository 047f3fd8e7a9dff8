/** Plans, statements, the Planner SPI and change ordering. */
module io.atlas4j.plan {
    requires transitive io.atlas4j.schema;
    requires transitive java.sql;
    requires org.jgrapht.core;
    exports io.atlas4j.plan;
    exports io.atlas4j.plan.lint;
}
