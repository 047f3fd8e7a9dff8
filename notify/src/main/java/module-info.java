/**
 * Apply notifications: a webhook told after each schema apply or migration run, whether it succeeded or failed.
 * Depends on the JDK's HTTP client only, so it can sit beside any atlas4j entry point.
 */
module io.atlas4j.notify {
    requires java.net.http;
    requires org.slf4j;
    exports io.atlas4j.notify;
}
