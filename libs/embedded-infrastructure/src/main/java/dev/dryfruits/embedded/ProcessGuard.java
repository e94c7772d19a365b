package dev.dryfruits.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops what a JVM started when that JVM ends, however it ends: a test run that fails, is interrupted (Ctrl-C) or is
 * killed for taking too long must not leave a Kafka broker, a PostgreSQL or a Liberty server behind.
 * <p>
 * Shutdown hooks do not run when a JVM is killed, so the guard is a process of its own, in its own session (a
 * terminal's Ctrl-C or a CI job's kill of the process group does not reach it). While its owner lives, it keeps
 * noting every process descended from the owner; the owner can also name processes that are not its descendants
 * (a PostgreSQL started through pg_ctl) and commands to run (./dryfruits down). When the owner is gone, the guard
 * runs the commands, then stops every noted process still alive (SIGTERM, then SIGKILL after a grace period), and
 * exits. An owner that ends normally closes the guard, which then exits without doing anything.
 * <p>
 * The guard and its owner talk through files in the guard's folder: {@code stop-PID} (a process to stop),
 * {@code run-NAME.properties} (a command), {@code closed}; the guard writes {@code guard.log}.
 */
public final class ProcessGuard implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration GRACE = Duration.ofSeconds(15);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);
    private static final String CLOSED = "closed";
    private static final String WATCHING = "watching";
    private static final Duration GUARD_START_TIMEOUT = Duration.ofSeconds(20);

    private final Path directory;
    private final Process guard;
    private final AtomicInteger commands = new AtomicInteger();

    private ProcessGuard(Path directory, Process guard) {
        this.directory = directory;
        this.guard = guard;
    }

    /**
     * Starts a guard for this JVM, keeping its files in {@code directory} (emptied first), and returns once it
     * watches. A process started after that is noted within a quarter of a second.
     */
    public static ProcessGuard start(Path directory) {
        try {
            deleteContents(directory);
            Files.createDirectories(directory);
            ProcessHandle self = ProcessHandle.current();
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
                command.add("setsid");
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms8m", "-Xmx24m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", codeSource(), ProcessGuard.class.getName(),
                    directory.toAbsolutePath().toString(), Long.toString(self.pid()),
                    Long.toString(startedAt(self))));
            Process guard = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("guard.log").toFile()))
                    .start();
            awaitWatching(directory, guard);
            return new ProcessGuard(directory, guard);
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot start the process guard in " + directory, failed);
        }
    }

    private static void awaitWatching(Path directory, Process guard) throws IOException {
        Instant deadline = Instant.now().plus(GUARD_START_TIMEOUT);
        while (!Files.exists(directory.resolve(WATCHING))) {
            if (!guard.isAlive() || Instant.now().isAfter(deadline)) {
                guard.destroyForcibly();
                throw new IOException("The process guard did not start; see " + directory.resolve("guard.log"));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while starting the process guard", interrupted);
            }
        }
    }

    /** Stops {@code process} when the owner ends without stopping it itself. */
    public void stopOnExit(ProcessHandle process) {
        write("stop-" + process.pid(), process.pid() + " " + startedAt(process));
    }

    /** Runs {@code command} (in {@code workingDirectory}, with {@code environment} added) when the owner ends. */
    public void runOnExit(List<String> command, Path workingDirectory, Map<String, String> environment) {
        Properties run = new Properties();
        run.setProperty("directory", workingDirectory.toAbsolutePath().toString());
        run.setProperty("command", String.join("\u0000", command));
        environment.forEach((name, value) -> run.setProperty("env." + name, value));
        Path file = directory.resolve("run-" + commands.incrementAndGet() + ".properties");
        try (Writer out = Files.newBufferedWriter(temporary(file))) {
            run.store(out, "Run by the process guard when its owner ends");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        publish(file);
    }

    /** The owner is ending normally, having stopped what it started: the guard leaves everything alone and exits. */
    @Override
    public void close() {
        write(CLOSED, Instant.now().toString());
        try {
            if (!guard.waitFor(5, TimeUnit.SECONDS)) {
                guard.destroy();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(String name, String content) {
        Path file = directory.resolve(name);
        try {
            Files.writeString(temporary(file), content);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        publish(file);
    }

    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".writing");
    }

    /** The guard reads only complete files. */
    private static void publish(Path file) {
        try {
            Files.move(temporary(file), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The guard process: {@code DIRECTORY OWNER_PID OWNER_START}. */
    public static void main(String[] arguments) throws Exception {
        Path directory = Path.of(arguments[0]);
        long ownerPid = Long.parseLong(arguments[1]);
        long ownerStart = Long.parseLong(arguments[2]);
        Map<Long, Long> seen = new HashMap<>();
        long self = ProcessHandle.current().pid();
        while (true) {
            if (Files.exists(directory.resolve(CLOSED))) {
                return;
            }
            Optional<ProcessHandle> owner = ProcessHandle.of(ownerPid).filter(ProcessHandle::isAlive)
                    .filter(process -> startedAt(process) == ownerStart);
            if (owner.isEmpty()) {
                break;
            }
            owner.get().descendants().filter(process -> process.pid() != self)
                    .forEach(process -> seen.putIfAbsent(process.pid(), startedAt(process)));
            if (!Files.exists(directory.resolve(WATCHING))) {
                Files.writeString(directory.resolve(WATCHING), Long.toString(self));
            }
            Thread.sleep(POLL.toMillis());
        }
        log("Owner " + ownerPid + " ended without closing the guard; cleaning up");
        runCommands(directory);
        seen.putAll(registered(directory));
        stopAll(seen);
        log("Done");
    }

    private static void runCommands(Path directory) throws IOException, InterruptedException {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(directory, "run-*.properties")) {
            for (Path file : runs) {
                Properties run = new Properties();
                try (Reader in = Files.newBufferedReader(file)) {
                    run.load(in);
                }
                List<String> command = List.of(run.getProperty("command").split("\u0000"));
                ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of(run.getProperty("directory")).toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
                run.stringPropertyNames().stream().filter(name -> name.startsWith("env."))
                        .forEach(name -> builder.environment().put(name.substring(4), run.getProperty(name)));
                log("Running " + command);
                Process process = builder.start();
                if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    log("Gave up on " + command);
                }
            }
        }
    }

    private static Map<Long, Long> registered(Path directory) throws IOException {
        Map<Long, Long> processes = new HashMap<>();
        try (DirectoryStream<Path> stops = Files.newDirectoryStream(directory, "stop-*")) {
            for (Path file : stops) {
                if (file.getFileName().toString().endsWith(".writing")) {
                    continue;
                }
                String[] recorded = Files.readString(file).strip().split(" ");
                processes.put(Long.parseLong(recorded[0]), Long.parseLong(recorded[1]));
            }
        }
        return processes;
    }

    /** Every noted process that is still the same process: SIGTERM to all, SIGKILL to those left after the grace. */
    private static void stopAll(Map<Long, Long> processes) throws InterruptedException {
        List<ProcessHandle> alive = new ArrayList<>();
        processes.forEach((pid, start) -> ProcessHandle.of(pid).filter(Processes::isRunning)
                .filter(process -> startedAt(process) == start).ifPresent(alive::add));
        for (ProcessHandle process : alive) {
            log("Stopping " + process.pid() + " " + process.info().command().orElse(""));
            process.destroy();
        }
        Instant deadline = Instant.now().plus(GRACE);
        while (alive.stream().anyMatch(Processes::isRunning) && Instant.now().isBefore(deadline)) {
            Thread.sleep(POLL.toMillis());
        }
        for (ProcessHandle process : alive) {
            if (Processes.isRunning(process)) {
                log("Killing " + process.pid());
                process.destroyForcibly();
            }
        }
    }

    /** With the pid, what identifies a process: a pid alone may have been recycled. */
    static long startedAt(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    private static String codeSource() {
        try {
            return Path.of(ProcessGuard.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void deleteContents(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " " + line);
    }
}
