package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Open Liberty server of the shared runtime (target/liberty/wlp), run with {@code server run NAME}. Its output
 * (logs, work area, generated TLS key) goes to DRYFRUITS_HOME/servers/NAME, its configuration comes in through
 * environment variables, exactly as in a container.
 */
public class LibertyComponent extends Component {

    /** Full JIT: password hashing and the gateway's hot path need C2; start-up is now a few servers, not ten. */
    private static final String DEFAULT_JVM_OPTIONS = "-Xms32m -Xmx384m -XX:+UseSerialGC";

    private final String serverName;
    private final int httpPort;
    private final int httpsPort;
    private final Map<String, String> wiring;
    private final Path outputDirectory;

    /**
     * @param name            the component: the server's name, or NAME-N for further instances of it
     * @param serverName      the Liberty server it runs (wlp/usr/servers/serverName)
     * @param outputDirectory its own WLP_OUTPUT_DIR: logs, work area and keys of each instance are apart
     */
    public LibertyComponent(Settings settings, String name, String serverName, Kind kind, int httpPort, int httpsPort,
                            Map<String, String> wiring, Path outputDirectory) {
        super(settings, name, kind);
        this.serverName = serverName;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.wiring = Map.copyOf(wiring);
        this.outputDirectory = outputDirectory;
    }

    public String serverName() {
        return serverName;
    }

    public int httpPort() {
        return httpPort;
    }

    public String internalUrl() {
        return "http://" + settings.bindHost() + ":" + httpPort;
    }

    /** Where a person reaches it. */
    public String publicUrl() {
        return "http://" + settings.publicHost() + ":" + httpPort;
    }

    public String adminCenterUrl() {
        return "https://" + settings.publicHost() + ":" + httpsPort + "/adminCenter/";
    }

    /** Its application is deployed: packaged by the build, or loose (target/classes) after Liberty dev mode. */
    public boolean isBuilt() {
        var apps = settings.libertyHome().resolve("usr/servers/" + serverName + "/apps");
        return Files.exists(apps.resolve(serverName + ".war")) || Files.exists(apps.resolve(serverName + ".war.xml"));
    }

    @Override
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("http", httpPort);
        ports.put("https", httpsPort);
        return ports;
    }

    @Override
    public Map<String, String> urls() {
        String host = publicUrl();
        Map<String, String> urls = new LinkedHashMap<>();
        if (kind() == Kind.GATEWAY) {
            urls.put("api", host + "/api");
            urls.put("openApi", host + "/openapi");
            urls.put("openApiUi", host + "/openapi/ui/");
        } else {
            urls.put("api", host + "/api");
            urls.put("openApi", host + "/openapi");
            urls.put("metrics", host + "/metrics");
        }
        urls.put("health", host + "/health");
        urls.put("adminCenter", adminCenterUrl());
        return urls;
    }

    @Override
    public List<String> command() {
        return List.of(settings.libertyHome().resolve("bin/server").toString(), "run", serverName);
    }

    @Override
    public Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(wiring);
        environment.put("WLP_OUTPUT_DIR", outputDirectory.toString());
        environment.put("JVM_ARGS", String.join(" ", marker()) + " " + jvmOptions());
        environment.put("HTTP_HOST", settings.bindHost());
        environment.put("HTTP_PORT", Integer.toString(httpPort));
        environment.put("HTTPS_PORT", Integer.toString(httpsPort));
        environment.put("ADMIN_PASSWORD", settings.adminPassword());
        return environment;
    }

    protected String jvmOptions() {
        return settings.value("DRYFRUITS_LIBERTY_JVM_OPTIONS", DEFAULT_JVM_OPTIONS);
    }

    /** Its output folder: logs, work area, the management connector's address. */
    public Path outputDirectory() {
        return outputDirectory.resolve(serverName);
    }

    @Override
    public boolean isReady() {
        return Probes.answers200(internalUrl() + "/health/ready");
    }

    @Override
    public Duration startTimeout() {
        return Duration.ofSeconds(240);
    }
}
