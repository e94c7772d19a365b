package dev.dryfruits.local.component;

import dev.dryfruits.local.Service;
import dev.dryfruits.local.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service's application in the host server: its own HTTP and HTTPS ports (a virtual host of the server), its own
 * data source and MicroProfile Config values, its own health at /health on its port. Started and stopped on its own
 * through the host's management interface (the application, and its endpoint, which refuses connections while the
 * service is stopped, as a stopped process would).
 */
public class HostedService extends Component implements ServiceInstance {

    private final Service service;
    private final HostServer host;
    private final int httpPort;
    private final int httpsPort;
    private final Map<String, String> properties;
    private final Map<String, String> database;

    /**
     * @param properties the service's own MicroProfile Config values (what a server of its own gets as environment
     *                   variables)
     * @param database   where its database is: the variables of liberty-config's datasource.xml (DB_NAME, DB_HOST...)
     */
    public HostedService(Settings settings, Service service, HostServer host, int httpPort, int httpsPort,
                         Map<String, String> properties, Map<String, String> database) {
        super(settings, service.name(), Kind.SERVICE);
        this.service = service;
        this.host = host;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.properties = Map.copyOf(properties);
        this.database = Map.copyOf(database);
        host.host(this);
    }

    @Override
    public Service service() {
        return service;
    }

    @Override
    public Optional<HostServer> hostedBy() {
        return Optional.of(host);
    }

    public int httpPort() {
        return httpPort;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public Map<String, String> properties() {
        return properties;
    }

    public Map<String, String> databaseVariables() {
        return database;
    }

    /** The id of its HTTP endpoint in the host's configuration. */
    public String endpointId() {
        return name() + "Endpoint";
    }

    @Override
    public String internalUrl() {
        return "http://" + settings.bindHost() + ":" + httpPort;
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
        String self = "http://" + settings.publicHost() + ":" + httpPort;
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("api", self + "/api");
        urls.put("health", self + "/health");
        urls.put("openApi", host.urls().get("openApi"));
        urls.put("adminCenter", host.adminCenterUrl());
        return urls;
    }

    @Override
    public List<String> command() {
        throw new UnsupportedOperationException(name() + " runs in the " + host.name() + " server");
    }

    @Override
    public boolean isReady() {
        return Probes.answers200(internalUrl() + "/health/ready");
    }

    @Override
    public Duration startTimeout() {
        return host.startTimeout();
    }
}
