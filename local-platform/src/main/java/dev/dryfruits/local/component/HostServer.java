package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Liberty server that runs the first instance of every service, each application on its own ports, with its own
 * data source and configuration (docs/architecture.md, "The local platform"). A Liberty server costs about 13
 * CPU-seconds to start before any application does, so one server for the services instead of one each is what lets
 * the whole platform start on two cores; in Kubernetes every service still has a server, image and deployment of
 * its own.
 * <p>
 * Its definition is written at every start into DRYFRUITS_HOME/liberty (its own Liberty user folder, which shares
 * the build's usr/shared through a link), from the hosted services' own server.xml files: see {@link HostServerConfig}.
 */
public class HostServer extends LibertyComponent {

    public static final String NAME = "services";
    private static final String DEFAULT_JVM_OPTIONS = "-Xms64m -Xmx1g -XX:+UseSerialGC";

    private final List<HostedService> hosted = new ArrayList<>();

    public HostServer(Settings settings, int httpPort, int httpsPort, Map<String, String> wiring) {
        super(settings, NAME, NAME, Kind.HOST, httpPort, httpsPort, wiring, settings.home().resolve("servers"));
    }

    void host(HostedService service) {
        hosted.add(service);
    }

    public List<HostedService> hosted() {
        return List.copyOf(hosted);
    }

    public HostControl control() {
        return new HostControl(outputDirectory());
    }

    private Path userDirectory() {
        return settings.home().resolve("liberty");
    }

    @Override
    public boolean isBuilt() {
        HostServerConfig config = new HostServerConfig(settings.libertyHome());
        return hosted.stream().allMatch(service -> Files.exists(config.war(service.service().application())));
    }

    @Override
    public void prepare() throws IOException {
        Path server = Files.createDirectories(userDirectory().resolve("servers").resolve(NAME));
        Path shared = userDirectory().resolve("shared");
        if (!Files.isSymbolicLink(shared)) {
            Files.createSymbolicLink(shared, settings.libertyHome().resolve("usr/shared"));
        }
        Files.writeString(server.resolve("server.xml"), new HostServerConfig(settings.libertyHome()).serverXml(hosted));
        // What `server create` would write: the password of the server's LTPA and TLS keys, made once per home.
        Path environment = server.resolve("server.env");
        if (!Files.exists(environment)) {
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            Files.writeString(environment, "keystore_password=" + HexFormat.of().formatHex(secret) + "\n");
        }
    }

    @Override
    public Map<String, String> environment() {
        Map<String, String> environment = new java.util.HashMap<>(super.environment());
        environment.put("WLP_USER_DIR", userDirectory().toString());
        // Its services call each other inside this one JVM: threads waiting on a peer must not starve the peer.
        environment.put("EXECUTOR_CORE_THREADS", Integer.toString(Math.max(16, 12 * hosted.size())));
        return environment;
    }

    @Override
    protected String jvmOptions() {
        return settings.value("DRYFRUITS_HOST_JVM_OPTIONS", DEFAULT_JVM_OPTIONS);
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        String self = publicUrl();
        urls.put("openApi", self + "/openapi");
        urls.put("health", self + "/health");
        urls.put("metrics", self + "/metrics");
        urls.put("adminCenter", adminCenterUrl());
        return urls;
    }

    /** The server is up (its services each have their own readiness). */
    @Override
    public boolean isReady() {
        return Probes.answers200(internalUrl() + "/health/live");
    }
}
