package dev.dryfruits.local.component;

import dev.dryfruits.embedded.Processes;
import dev.dryfruits.local.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL from the zonky embedded binaries, run by {@link dev.dryfruits.local.infra.PostgresServer} on a
 * data directory that survives restarts, with one database (and owner role) per service.
 * DRYFRUITS_EXTERNAL_POSTGRES=host:port uses an existing server instead, whose databases must exist.
 */
public class PostgresComponent extends Component {

    public static final String NAME = "postgres";

    private final List<String> databases;

    public PostgresComponent(Settings settings, List<String> databases) {
        super(settings, NAME, Kind.INFRASTRUCTURE);
        this.databases = List.copyOf(databases);
    }

    public String host() {
        return settings.external(NAME).map(hostPort -> hostPort.substring(0, hostPort.lastIndexOf(':')))
                .orElse(settings.bindHost());
    }

    public int port() {
        return settings.external(NAME).map(hostPort -> Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)))
                .orElseGet(() -> settings.port("postgres", 15432));
    }

    /** The password of a service's database role: the convention of liberty-config/datasource.xml. */
    public static String passwordOf(String database) {
        return database + "-local";
    }

    @Override
    public boolean isExternal() {
        return settings.external(NAME).isPresent();
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("postgres", port());
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String database : databases) {
            urls.put(database, "jdbc:postgresql://" + host() + ":" + port() + "/" + database);
        }
        return urls;
    }

    @Override
    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(marker());
        command.addAll(List.of("-Xms16m", "-Xmx96m", "-XX:+UseSerialGC", "-cp",
                settings.launcherJar() + ":" + settings.launcherLibraries() + "/*",
                "dev.dryfruits.local.infra.PostgresServer",
                "--data", dataDirectory().toString(),
                "--binaries", settings.home().resolve("binaries").toString(),
                "--host", settings.bindHost(),
                "--port", Integer.toString(port()),
                "--ready-file", readyFile().toString()));
        for (String database : databases) {
            command.addAll(List.of("--database", database + ":" + database + ":" + passwordOf(database)));
        }
        return command;
    }

    @Override
    public boolean isReady() {
        return isExternal() ? Probes.portOpen(host(), port())
                : Files.exists(readyFile()) && Probes.portOpen(host(), port());
    }

    @Override
    public Duration startTimeout() {
        // After ./dryfruits restore it replays the archived WAL first.
        return Duration.ofSeconds(120);
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(20);
    }

    @Override
    public void prepare() throws IOException, InterruptedException {
        Files.deleteIfExists(readyFile());
        stopOrphanedPostmaster();
    }

    @Override
    public void afterStop() throws IOException, InterruptedException {
        Files.deleteIfExists(readyFile());
        stopOrphanedPostmaster();
    }

    /** A PostgreSQL left running after its wrapper was killed would otherwise be mistaken for a started one. */
    private void stopOrphanedPostmaster() throws IOException, InterruptedException {
        Path pidFile = dataDirectory().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) {
            return;
        }
        var postmaster = ProcessHandle.of(Long.parseLong(firstLine));
        if (postmaster.isPresent() && Processes.isRunning(postmaster.get())) {
            // SIGINT is PostgreSQL's "fast" shutdown: it disconnects clients instead of waiting for them.
            new ProcessBuilder("kill", "-INT", firstLine).inheritIO().start().waitFor();
            postmaster.get().onExit().completeOnTimeout(null, 15, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    private Path dataDirectory() {
        return settings.data().resolve("postgres");
    }

    private Path readyFile() {
        return settings.run().resolve("postgres.ready");
    }
}
