package eu.od4growth.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the project's PostgreSQL (zonky's embedded binaries, no Docker) once per test JVM, on 127.0.0.1 and a free
 * port, and gives each Quarkus test run a fresh database that Flyway then migrates.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (server == null) {
                Path workingDir = Path.of("target", "embedded-pg").toAbsolutePath();
                Files.createDirectories(workingDir);
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workingDir.toFile())
                        .setDataDirectory(workingDir.resolve("data-" + UUID.randomUUID()))
                        .setCleanDataDirectory(true)
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            }
            String database = "test_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.getJdbcUrl("postgres", database).replace("localhost", "127.0.0.1"),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }

    @Override
    public void stop() {
        // The server is shared by every test class of this JVM; zonky stops it in a shutdown hook.
    }
}
