package dev.dryfruits.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real, throwaway PostgreSQL for one test run, holding one service database owned by a role of the same name,
 * as the local platform and production do.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String database;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String database) {
        this.postgres = postgres;
        this.database = database;
    }

    public static EmbeddedDatabase start(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
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

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public String user() {
        return database;
    }

    public String password() {
        return password(database);
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
