package org.example;

import io.atlas4j.SchemaBootstrap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The application: brings its database to schema.sql at start-up, then stores notes. */
public final class Notes {
    public static final Path SCHEMA = Path.of("src/main/resources/schema.sql");

    private final DataSource db;

    public Notes(DataSource db) {
        this.db = db;
        SchemaBootstrap.of(db).desired(SCHEMA).run();
    }

    public void add(long userId, String email, String body) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement u = c.prepareStatement("INSERT OR IGNORE INTO users (id, email) VALUES (?, ?)");
             PreparedStatement n = c.prepareStatement("INSERT INTO notes (user_id, body) VALUES (?, ?)")) {
            u.setLong(1, userId);
            u.setString(2, email);
            u.executeUpdate();
            n.setLong(1, userId);
            n.setString(2, body);
            n.executeUpdate();
        }
    }
}
