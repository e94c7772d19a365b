package dev.dryfruits.local;

import dev.dryfruits.embedded.Processes;
import dev.dryfruits.local.component.Component;
import dev.dryfruits.local.component.HostServer;
import dev.dryfruits.local.component.HostedService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Starts, finds and stops the platform's processes. Each runs in its own session (so a terminal's Ctrl-C or hang-up
 * reaches only the launcher, which then stops everything in order), writes to logs/NAME.log, and is found again
 * through run/NAME.pid, which records its start time too, so that a recycled pid is never mistaken for it.
 */
public final class Supervisor {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(500);
    private static final boolean HAS_SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));

    private final Settings settings;

    public Supervisor(Settings settings) {
        this.settings = settings;
    }

    /**
     * The process the component runs in, if it runs: its own, or, for a service in the host server, the host's while
     * the service's application is not stopped there.
     */
    public Optional<ProcessHandle> running(Component component) {
        if (component.hostedBy().isPresent()) {
            HostServer host = component.hostedBy().get();
            return running(host).filter(process -> !host.control().state(component.name())
                    .map(state -> state.equals("STOPPED") || state.equals("INSTALLED")).orElse(false));
        }
        Path pidFile = pidFile(component);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            String[] recorded = Files.readString(pidFile).strip().split("\\s+");
            long startedAt = recorded.length > 1 ? Long.parseLong(recorded[1]) : -1;
            return ProcessHandle.of(Long.parseLong(recorded[0])).filter(Processes::isRunning)
                    .filter(process -> startedAt(process) == startedAt);
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    /** When the process started: with the pid, what identifies it (a pid alone may have been recycled). */
    private static long startedAt(ProcessHandle process) {
        return process.info().startInstant().map(instant -> instant.toEpochMilli() / 1000).orElse(-1L);
    }

    /**
     * Starts the component unless it runs already; does not wait for it to be ready. A service in the host server
     * starts with the host (all of them do), or alone in the running host.
     */
    public void start(Component component) throws IOException, InterruptedException {
        if (component.isExternal() || running(component).isPresent()) {
            return;
        }
        if (component.hostedBy().isPresent()) {
            HostServer host = component.hostedBy().get();
            if (running(host).isEmpty()) {
                start(host);
            } else {
                host.control().start(component.name(), ((HostedService) component).endpointId());
            }
            return;
        }
        Files.createDirectories(settings.run());
        Files.createDirectories(settings.logs());
        component.prepare();
        List<String> command = new ArrayList<>();
        if (HAS_SETSID) {
            command.add("setsid");
        }
        command.addAll(component.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile(component).toFile()));
        builder.environment().putAll(component.environment());
        Files.writeString(logFile(component), "\n---- " + Instant.now() + " ./dryfruits starts " + component.name()
                + " ----\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process process = builder.start();
        Files.writeString(pidFile(component), process.pid() + " " + startedAt(process.toHandle()));
    }

    /** Waits until every component is ready; false if one of them died or the time ran out. */
    public boolean awaitReady(Collection<? extends Component> components, Duration timeout, Progress progress)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        List<Component> waiting = new ArrayList<>(components);
        while (!waiting.isEmpty()) {
            for (Component component : List.copyOf(waiting)) {
                if (component.isReady()) {
                    waiting.remove(component);
                    progress.ready(component);
                } else if (!component.isExternal() && running(component).isEmpty()) {
                    progress.failed(component, "exited before it was ready");
                    return false;
                }
            }
            if (!waiting.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    waiting.forEach(component -> progress.failed(component, "not ready after " + timeout.toSeconds() + " s"));
                    return false;
                }
                Thread.sleep(PROBE_INTERVAL.toMillis());
            }
        }
        return true;
    }

    /**
     * Asks the process to stop (SIGTERM), waits, and kills it if it will not. A service in the host server is stopped
     * there alone: its application, and its endpoint, which then refuses connections.
     */
    public void stop(Component component) throws IOException, InterruptedException {
        if (component.hostedBy().isPresent()) {
            if (running(component).isPresent()) {
                component.hostedBy().get().control().stop(component.name(), ((HostedService) component).endpointId());
            }
            return;
        }
        Optional<ProcessHandle> process = running(component);
        if (process.isPresent()) {
            ProcessHandle handle = process.get();
            handle.destroy();
            if (!awaitExit(handle, component.stopTimeout())) {
                handle.destroyForcibly();
                awaitExit(handle, Duration.ofSeconds(10));
            }
        }
        Files.deleteIfExists(pidFile(component));
        component.afterStop();
    }

    /** Its log: its own, or the host server's for a service in it (./dryfruits logs NAME shows its lines alone). */
    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Processes.isRunning(process)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    public Path logFile(Component component) {
        return settings.logs().resolve(component.hostedBy().map(Component::name).orElse(component.name()) + ".log");
    }

    private Path pidFile(Component component) {
        return settings.run().resolve(component.name() + ".pid");
    }

    /** Hears about components as they become ready or fail. */
    public interface Progress {
        void ready(Component component);

        void failed(Component component, String why);
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
