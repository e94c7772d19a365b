package dev.dryfruits.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacked where told, used by zonky as it is, and redone when incomplete or damaged. */
class PostgresBinariesTest {

    @TempDir
    static Path working;

    /** Data folders and the like, kept out of {@link #working}. */
    @TempDir
    Path scratch;

    private static Path folder;

    @BeforeAll
    static void unpackOnce() throws IOException {
        PostgresBinaries.prepare(working);
        folder = only(working);
    }

    @Test
    void zonkyRunsTheUnpackedBinariesWithoutUnpackingAgain() throws Exception {
        Path data = scratch.resolve("pg-data");
        try (EmbeddedPostgres postgres = PostgresBinaries.builder(working)
                .setDataDirectory(data).setCleanDataDirectory(true).start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("show server_version")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).startsWith("17.");
        }
        assertThat(only(working)).isEqualTo(folder);
        assertThat(folder.resolve("bin/postgres")).isExecutable();
    }

    @Test
    void aFolderMissingAFileIsUnpackedAgain() throws IOException {
        Files.delete(folder.resolve("bin/initdb"));
        assertThat(PostgresBinaries.isComplete(folder)).isFalse();

        PostgresBinaries.prepare(working);

        assertThat(folder.resolve("bin/initdb")).isExecutable();
        assertThat(PostgresBinaries.isComplete(folder)).isTrue();
    }

    @Test
    void aTruncatedFileIsNoticed() throws IOException {
        Path library = firstFile(folder.resolve("lib"));
        Files.write(library, new byte[] {1, 2, 3});
        assertThat(PostgresBinaries.isComplete(folder)).isFalse();

        PostgresBinaries.prepare(working);

        assertThat(PostgresBinaries.isComplete(folder)).isTrue();
        assertThat(Files.size(library)).isGreaterThan(3);
    }

    @Test
    void aHalfUnpackedFolderAndAnAbandonedStagingFolderAreReplaced() throws IOException {
        // What a run killed while unpacking leaves: files, no marker, and its staging folder.
        Files.delete(folder.resolve(PostgresBinaries.COMPLETE_MARKER));
        Path abandoned = Files.createDirectories(working.resolve(folder.getFileName() + ".unpacking-123"));
        Files.writeString(abandoned.resolve("partial"), "x");

        PostgresBinaries.prepare(working);

        assertThat(PostgresBinaries.isComplete(folder)).isTrue();
        assertThat(abandoned).doesNotExist();
        assertThat(only(working)).isEqualTo(folder);
    }

    @Test
    void aFirstStartLeavesTheSharedTemporaryFolderAlone() throws Exception {
        // As in a new JVM on a new machine: zonky told of no working folder, a temporary folder nothing ran in.
        Path sharedTemporary = Files.createDirectory(scratch.resolve("shared-tmp"));
        Path data = scratch.resolve("pg-data");
        String temporary = System.getProperty("java.io.tmpdir");
        String zonkyWorking = System.clearProperty("ot.epg.working-dir");
        System.setProperty("java.io.tmpdir", sharedTemporary.toString());
        try (EmbeddedPostgres postgres = PostgresBinaries.builder(working)
                .setDataDirectory(data).setCleanDataDirectory(true).start()) {
            assertThat(postgres.getPort()).isPositive();
            try (Stream<Path> left = Files.list(sharedTemporary)) {
                assertThat(left).isEmpty();
            }
        } finally {
            System.setProperty("java.io.tmpdir", temporary);
            if (zonkyWorking != null) {
                System.setProperty("ot.epg.working-dir", zonkyWorking);
            }
        }
    }

    /** The one folder (lock files aside) in {@code directory}. */
    private static Path only(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> folders = entries.filter(Files::isDirectory).toList();
            assertThat(folders).hasSize(1);
            return folders.get(0);
        }
    }

    private static Path firstFile(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && file.toString().endsWith(".so")).findFirst().orElseThrow();
        }
    }
}
