/** Test support shared by atlas4j's own suites: the ../shared data folder and CI-aware skipping. */
module io.atlas4j.testkit {
    requires org.junit.jupiter.api;
    requires java.sql;
    exports io.atlas4j.testkit;
}
