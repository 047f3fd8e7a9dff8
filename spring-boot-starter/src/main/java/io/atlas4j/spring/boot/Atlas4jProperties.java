package io.atlas4j.spring.boot;

import io.atlas4j.plan.lint.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code atlas4j.*} properties: what to bring the database to at start-up (a desired schema or a
 * migration directory, exactly one), which database, and the safety rules of the run.
 */
@ConfigurationProperties(prefix = "atlas4j")
public class Atlas4jProperties {
    /** Whether atlas4j runs at start-up. */
    private boolean enabled = true;

    /**
     * The desired schema for a declarative start-up apply: a resource location such as
     * {@code classpath:db/schema.sql} or {@code file:/etc/app/schema.sql} (a .sql or .hcl file, or a
     * folder of them when it is a file-system location); or a schema source URL: {@code jpa://com.example.model}
     * (the application's JPA entities of that package, exported by Hibernate; needs atlas4j-jpa) or
     * {@code ext://program args} (a program printing the DDL).
     */
    private String schema;

    /** A versioned migration directory, such as {@code classpath:db/migration} or {@code file:db/migration}. */
    private String migrations;

    /** The format of the migration directory: atlas, flyway, golang-migrate, goose, dbmate or liquibase. */
    private String migrationsFormat = "atlas";

    /** A database URL (atlas4j {@code postgres://…} or {@code jdbc:…}) to migrate instead of the application's DataSource. */
    private String url;

    /** The user for {@link #url} (a jdbc: URL); when unset, the URL's own. */
    private String user;

    /** The password for {@link #url} (a jdbc: URL). */
    private String password;

    /** An empty database to load the desired schema into; by default SQLite's in-memory one or a scratch database on the target's server. */
    private String devUrl;

    /** Whether destructive changes (drops of schemas, tables, columns; narrowing types) may be applied. */
    private boolean allowDestructive;

    /** Glob patterns of objects that may be dropped even when destructive changes are not allowed. */
    private List<String> allowDrops = new ArrayList<>();

    /** Glob patterns of objects never dropped, whatever else is allowed. */
    private List<String> neverDrop = new ArrayList<>();

    /** The history table of declarative applies. */
    private String historyTable = "atlas4j_schema_history";

    /** The schema to keep the migration revision table in; by default the connection's own. */
    private String revisionsSchema;

    /** On a database with no revisions yet: the version to record as its baseline (that file and earlier ones do not run). */
    private String baselineVersion;

    /** How long to wait for the schema lock while another process applies. */
    private Duration lockTimeout = Duration.ofMinutes(5);

    private final Lint lint = new Lint();

    private final Webhook webhook = new Webhook();

    /**
     * A webhook told after each start-up run that applied something or failed (needs {@code io.atlas4j:atlas4j-notify}
     * on the class path). A webhook that does not answer never fails start-up.
     */
    public static class Webhook {
        /** The http:// or https:// URL to POST to; unset: no webhook. */
        private String url;

        /** The body: {@code json} (atlas4j's own) or {@code slack} (an incoming-webhook message). */
        private String format = "json";

        /** How long each attempt may take, to connect and for the answer. */
        private Duration timeout = Duration.ofSeconds(5);

        /** How many times to try (500 ms apart); a 4xx answer is not retried. */
        private int attempts = 3;

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

        public int getAttempts() {
            return attempts;
        }

        public void setAttempts(int attempts) {
            this.attempts = attempts;
        }
    }

    /** Lint settings of declarative applies. */
    public static class Lint {
        /** The lowest severity of a lint finding that refuses the apply; unset: findings are logged, never refused. */
        private Severity failOn;

        /** Severity per analyzer code, as the CLI's lint config: {@code DS102=warning,LK=off}. */
        private String config;

        public Severity getFailOn() {
            return failOn;
        }

        public void setFailOn(Severity failOn) {
            this.failOn = failOn;
        }

        public String getConfig() {
            return config;
        }

        public void setConfig(String config) {
            this.config = config;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getMigrations() {
        return migrations;
    }

    public void setMigrations(String migrations) {
        this.migrations = migrations;
    }

    public String getMigrationsFormat() {
        return migrationsFormat;
    }

    public void setMigrationsFormat(String migrationsFormat) {
        this.migrationsFormat = migrationsFormat;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getDevUrl() {
        return devUrl;
    }

    public void setDevUrl(String devUrl) {
        this.devUrl = devUrl;
    }

    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    public List<String> getAllowDrops() {
        return allowDrops;
    }

    public void setAllowDrops(List<String> allowDrops) {
        this.allowDrops = allowDrops;
    }

    public List<String> getNeverDrop() {
        return neverDrop;
    }

    public void setNeverDrop(List<String> neverDrop) {
        this.neverDrop = neverDrop;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public String getRevisionsSchema() {
        return revisionsSchema;
    }

    public void setRevisionsSchema(String revisionsSchema) {
        this.revisionsSchema = revisionsSchema;
    }

    public String getBaselineVersion() {
        return baselineVersion;
    }

    public void setBaselineVersion(String baselineVersion) {
        this.baselineVersion = baselineVersion;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Lint getLint() {
        return lint;
    }

    public Webhook getWebhook() {
        return webhook;
    }
}
