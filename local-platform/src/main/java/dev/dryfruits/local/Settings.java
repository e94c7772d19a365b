package dev.dryfruits.local;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The local platform's configuration, from environment variables (see README, "Configuration of the local platform"):
 * where its state lives, which ports it uses, which infrastructure is external, and the demo passwords.
 */
public record Settings(Path repository, Path home, String bindHost, int portOffset, Map<String, String> environment) {

    /** The local administrator password when DRYFRUITS_ADMIN_PASSWORD is not set; documented in the README. */
    public static final String DEFAULT_ADMIN_PASSWORD = "dryfruits-local-2026";
    /** The administrator the user service seeds (its dryfruits.admin.email). */
    public static final String ADMIN_EMAIL = "admin@dryfruits.local";
    public static final String DEMO_PASSWORD = "dryfruits-demo-2026";
    /** Keeps every default port (the highest is 19093 plus instance shifts) below 32768. */
    public static final int MAX_PORT_OFFSET = 13000;

    public static Settings from(Path repository, Map<String, String> environment) {
        Path home = Optional.ofNullable(environment.get("DRYFRUITS_HOME")).map(Path::of)
                .orElse(repository.resolve(".dryfruits")).toAbsolutePath().normalize();
        int offset = Integer.parseInt(environment.getOrDefault("DRYFRUITS_PORT_OFFSET", "0"));
        if (offset < 0 || offset > MAX_PORT_OFFSET) {
            // Higher, the ports would fall in Linux's ephemeral range (32768+), where outgoing connections take them.
            throw new IllegalArgumentException("DRYFRUITS_PORT_OFFSET must be between 0 and " + MAX_PORT_OFFSET);
        }
        return new Settings(repository, home, environment.getOrDefault("DRYFRUITS_BIND_HOST", "127.0.0.1"), offset,
                Map.copyOf(environment));
    }

    /** A port: DRYFRUITS_PORT_{KEY} when set, else the default shifted by DRYFRUITS_PORT_OFFSET. */
    public int port(String key, int defaultPort) {
        String explicit = environment.get("DRYFRUITS_PORT_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
        return explicit != null ? Integer.parseInt(explicit) : defaultPort + portOffset;
    }

    /** An existing server to use instead of the embedded one, e.g. DRYFRUITS_EXTERNAL_POSTGRES=db.example:5432. */
    public Optional<String> external(String component) {
        return Optional.ofNullable(environment.get("DRYFRUITS_EXTERNAL_" + component.toUpperCase(Locale.ROOT)))
                .filter(value -> !value.isBlank());
    }

    public String adminPassword() {
        return environment.getOrDefault("DRYFRUITS_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD);
    }

    public String value(String name, String fallback) {
        return environment.getOrDefault(name, fallback);
    }

    public Path run() {
        return home.resolve("run");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path data() {
        return home.resolve("data");
    }

    public Path config() {
        return home.resolve("config");
    }

    public Path libertyHome() {
        return repository.resolve("target/liberty/wlp");
    }

    public Path launcherLibraries() {
        return repository.resolve("local-platform/target/lib");
    }

    public Path launcherJar() {
        return repository.resolve("local-platform/target/local-platform.jar");
    }

    public Path mailServerJar() {
        return repository.resolve("local-platform/target/mail/greenmail-standalone.jar");
    }

    public Path traceServerJar() {
        return repository.resolve("local-platform/target/traces/zipkin-server.jar");
    }

    /** The name browsers should use: loopback binds are shown as localhost. */
    public String publicHost() {
        return "127.0.0.1".equals(bindHost) || "0.0.0.0".equals(bindHost) ? "localhost" : bindHost;
    }
}
