package social.rapport.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** One of the databases the suite runs on. Each call to fresh() gives an empty, isolated database. */
public record TestDb(String name, String baseUrl) {
    @Override
    public String toString() {
        return name;
    }

    public boolean postgres() {
        return baseUrl.startsWith("jdbc:postgresql:");
    }

    /** A new empty database: a temporary SQLite file, or a new PostgreSQL schema dropped on close. */
    public Fresh fresh() {
        try {
            if (!postgres()) {
                Path dir = Files.createTempDirectory("rapport-test");
                return new Fresh("jdbc:sqlite:" + dir.resolve("test.db"), null, baseUrl);
            }
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            try (Connection c = DriverManager.getConnection(baseUrl);
                    Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            String sep = baseUrl.contains("?") ? "&" : "?";
            return new Fresh(baseUrl + sep + "currentSchema=" + schema, schema, baseUrl);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a test database on " + name, e);
        }
    }

    /** An isolated database URL; closing it drops the PostgreSQL schema. */
    public record Fresh(String url, String schema, String baseUrl) implements AutoCloseable {
        @Override
        public void close() {
            if (schema == null) return;
            try (Connection c = DriverManager.getConnection(baseUrl);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + schema, e);
            }
        }
    }
}
