package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One process of the local platform: how to start it, how to tell that it is ready, what it offers. */
public abstract class Component {

    protected final Settings settings;
    private final String name;
    private final Kind kind;

    protected Component(Settings settings, String name, Kind kind) {
        this.settings = settings;
        this.name = name;
        this.kind = kind;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Named ports it listens on. */
    public abstract Map<String, Integer> ports();

    /** Named URLs worth showing to a person. */
    public abstract Map<String, String> urls();

    /** The command that runs it in the foreground (the launcher puts it in its own session and logs its output). */
    public abstract List<String> command() throws IOException;

    public Map<String, String> environment() {
        return Map.of();
    }

    public abstract boolean isReady();

    public Duration startTimeout() {
        return Duration.ofSeconds(90);
    }

    /** Time to stop gracefully before the launcher kills it. */
    public Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }

    /** Preparation before each start (configuration files, first-time formatting, leftovers of a crash). */
    public void prepare() throws IOException, InterruptedException {
    }

    /** Clean-up after it stopped. */
    public void afterStop() throws IOException, InterruptedException {
    }

    /** The server it runs in, when it is not a process of its own (a service's application in the host server). */
    public Optional<HostServer> hostedBy() {
        return Optional.empty();
    }

    /** Run by something that is not the launcher's (DRYFRUITS_EXTERNAL_...), so neither started nor stopped here. */
    public boolean isExternal() {
        return false;
    }

    /** The JVM system properties that mark a process as this component of this platform home. */
    protected List<String> marker() {
        return List.of("-Ddryfruits.component=" + name, "-Ddryfruits.home=" + settings.home());
    }

    protected String java() {
        String javaHome = System.getProperty("java.home");
        return javaHome + "/bin/java";
    }
}
