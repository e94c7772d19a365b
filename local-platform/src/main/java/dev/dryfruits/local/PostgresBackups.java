package dev.dryfruits.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Base backups and point-in-time recovery of the local PostgreSQL, the way they are done without pg_basebackup (the
 * embedded binaries have only initdb, pg_ctl and postgres): PostgreSQL's low-level backup API and continuous WAL
 * archiving to a folder.
 * <p>
 * The server always runs with {@code archive_mode=on}; until the first backup its archive command discards every
 * segment ({@code true}), so a platform nobody backs up keeps no WAL. {@link #backUp} turns archiving into copies
 * ({@code data/postgres-wal-archive}), takes a base backup (a copy of the data directory between
 * {@code pg_backup_start} and {@code pg_backup_stop}, with the backup label those return) into
 * {@code data/postgres-backups/TIMESTAMP}, keeps the last three, and deletes the archived WAL the oldest kept one no
 * longer needs. {@link #restore} puts the newest backup taken before the target time in place of the data directory
 * (the old one is kept beside it) and lets PostgreSQL replay the archived WAL up to that moment, then promote.
 */
final class PostgresBackups {

    private static final int KEPT = 3;
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** recovery_target_time takes PostgreSQL's timestamp syntax, not ISO-8601's T and Z. */
    private static final DateTimeFormatter RECOVERY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init");
    private static final Set<String> COPIED_EMPTY = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

    private final Path data;
    private final Path archive;
    private final Path backups;
    private final String url;

    PostgresBackups(Settings settings, String host, int port) {
        this.data = settings.data().resolve("postgres");
        this.archive = settings.data().resolve("postgres-wal-archive");
        this.backups = settings.data().resolve("postgres-backups");
        this.url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    }

    /** One base backup of the running server; returns its folder. */
    Path backUp() throws IOException, SQLException {
        Files.createDirectories(archive);
        Files.createDirectories(backups);
        Instant started = Instant.now();
        Path target = backups.resolve(FOLDER.format(started));
        try (Connection postgres = connect(); Statement sql = postgres.createStatement()) {
            sql.execute("set statement_timeout = '2min'");
            sql.execute("alter system set archive_command = " + literal(archiveCommand()));
            sql.execute("select pg_reload_conf()");
            String startWal = single(sql, "select pg_walfile_name(pg_backup_start('dryfruits " + target.getFileName()
                    + "', true))");
            copyTree(data, target.resolve("data"));
            // Waits until the last segment the backup needs is archived: the backup is usable once this returns.
            try (ResultSet stop = sql.executeQuery("select labelfile, spcmapfile, pg_walfile_name(lsn)"
                    + " from pg_backup_stop(true)")) {
                stop.next();
                Files.writeString(target.resolve("data/backup_label"), stop.getString(1));
                if (stop.getString(2) != null && !stop.getString(2).isBlank()) {
                    Files.writeString(target.resolve("data/tablespace_map"), stop.getString(2));
                }
                Properties info = new Properties();
                info.setProperty("started", started.toString());
                info.setProperty("finished", Instant.now().toString());
                info.setProperty("startWal", startWal);
                info.setProperty("stopWal", stop.getString(3));
                try (var out = Files.newBufferedWriter(target.resolve("backup.properties"))) {
                    info.store(out, "A base backup of the local PostgreSQL (./dryfruits backup)");
                }
            }
        } catch (IOException | SQLException | RuntimeException failed) {
            Supervisor.deleteRecursively(target);
            throw failed;
        }
        prune();
        return target;
    }

    /** The newest complete backup that finished before {@code moment}. */
    Optional<Path> backupBefore(Instant moment) throws IOException {
        return complete().stream().filter(backup -> finished(backup).isBefore(moment))
                .max(Comparator.comparing(PostgresBackups::finished));
    }

    /** Makes sure every WAL segment up to now is archived, so that a restore can replay up to this moment. */
    void archiveCurrentWal(Duration timeout) throws SQLException, InterruptedException {
        try (Connection postgres = connect(); Statement sql = postgres.createStatement()) {
            String switched = single(sql, "select pg_walfile_name(pg_switch_wal())");
            Instant giveUp = Instant.now().plus(timeout);
            while (true) {
                String archived = single(sql, "select coalesce(last_archived_wal, '') from pg_stat_archiver");
                if (!archived.isEmpty() && archived.substring(8).compareTo(switched.substring(8)) >= 0) {
                    return;
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("WAL segment " + switched + " was not archived within "
                            + timeout.toSeconds() + " s (last archived: " + archived + ")");
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * With the server stopped: the data directory becomes the backup, set to replay the archive up to
     * {@code moment} and then promote; the previous data directory is moved beside it, and returned.
     */
    Path prepareRestore(Path backup, Instant moment) throws IOException {
        Path previous = data.resolveSibling("postgres.before-restore-" + FOLDER.format(Instant.now()));
        Files.move(data, previous);
        copyTree(backup.resolve("data"), data);
        // PostgreSQL refuses a data directory others may read.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(data.resolve("pg_wal/archive_status"));
        Files.writeString(data.resolve("recovery.signal"), "");
        Files.writeString(data.resolve("postgresql.auto.conf"), String.join("\n",
                "restore_command = " + literal("cp \"" + archive + "/%f\" \"%p\""),
                "recovery_target_time = " + literal(RECOVERY_TIME.format(moment)),
                "recovery_target_action = 'promote'", ""), java.nio.file.StandardOpenOption.APPEND);
        return previous;
    }

    private String archiveCommand() {
        return "test ! -f \"" + archive + "/%f\" && cp \"%p\" \"" + archive + "/%f\"";
    }

    /** A copy of a data directory as a backup wants it: the files as they are now, without the server's scratch. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return !directory.equals(from) && COPIED_EMPTY.contains(directory.getFileName().toString())
                        && directory.getParent().equals(from) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!NOT_COPIED.contains(file.getFileName().toString())) {
                    try {
                        Files.copy(file, to.resolve(from.relativize(file).toString()),
                                StandardCopyOption.REPLACE_EXISTING);
                    } catch (NoSuchFileException removedMeanwhile) {
                        // A file the server dropped during the copy: the WAL replay accounts for it.
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failed) throws IOException {
                if (failed instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failed;
            }
        });
    }

    /** Keeps the newest backups, and the archived WAL from the oldest kept one's first segment on. */
    private void prune() throws IOException {
        List<Path> kept = new ArrayList<>(complete());
        kept.sort(Comparator.comparing(PostgresBackups::finished).reversed());
        for (Path old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
            Supervisor.deleteRecursively(old);
        }
        List<Path> remaining = kept.subList(0, Math.min(KEPT, kept.size()));
        Optional<String> oldestNeeded = remaining.stream().map(backup -> property(backup, "startWal"))
                .min(Comparator.comparing(wal -> wal.substring(8)));
        if (oldestNeeded.isEmpty()) {
            return;
        }
        try (Stream<Path> segments = Files.list(archive)) {
            for (Path segment : segments.toList()) {
                String name = segment.getFileName().toString();
                // Segments (and their .backup notes) are named TIMELINE LOG SEGMENT; history files stay.
                if (name.matches("[0-9A-F]{24}(\\..*)?") && !name.endsWith(".history")
                        && name.substring(8, 24).compareTo(oldestNeeded.get().substring(8)) < 0) {
                    Files.deleteIfExists(segment);
                }
            }
        }
    }

    private List<Path> complete() throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(backups)) {
            return folders.filter(folder -> Files.exists(folder.resolve("backup.properties"))).toList();
        }
    }

    private static Instant finished(Path backup) {
        return Instant.parse(property(backup, "finished"));
    }

    private static String property(Path backup, String name) {
        Properties info = new Properties();
        try (var in = Files.newBufferedReader(backup.resolve("backup.properties"))) {
            info.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return info.getProperty(name);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
