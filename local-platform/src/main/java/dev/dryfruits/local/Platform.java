package dev.dryfruits.local;

import dev.dryfruits.local.component.Component;
import dev.dryfruits.local.component.KafkaComponent;
import dev.dryfruits.local.component.Kind;
import dev.dryfruits.local.component.LibertyComponent;
import dev.dryfruits.local.component.MailComponent;
import dev.dryfruits.local.component.PostgresComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every component of the local platform, wired together: which ports, which database, which upstream. */
public final class Platform {

    /** The business services: name, default HTTP and HTTPS ports, database. A new service adds a line here. */
    static final List<Service> SERVICES = List.of(
            new Service("user", 9101, 9401, "dryfruits_user"),
            new Service("product", 9102, 9402, "dryfruits_product"),
            new Service("inventory", 9105, 9405, "dryfruits_inventory"),
            new Service("notification", 9107, 9407, "dryfruits_notification"),
            new Service("quality", 9109, 9409, "dryfruits_quality"));

    private final Settings settings;
    private final PostgresComponent postgres;
    private final KafkaComponent kafka;
    private final MailComponent mail;
    private final List<LibertyComponent> services = new ArrayList<>();
    private final LibertyComponent gateway;

    public Platform(Settings settings, Scale scale) {
        this.settings = settings;
        this.postgres = new PostgresComponent(settings, SERVICES.stream().map(Service::database).toList());
        this.kafka = new KafkaComponent(settings);
        this.mail = new MailComponent(settings);
        Map<String, String> gatewayWiring = new HashMap<>(common());
        for (Service service : SERVICES) {
            List<LibertyComponent> instances = new ArrayList<>();
            for (int instance = 1; instance <= scale.instancesOf(service.name()); instance++) {
                instances.add(instance(service, instance));
            }
            services.addAll(instances);
            gatewayWiring.put("GATEWAY_UPSTREAM_" + service.name().toUpperCase(Locale.ROOT) + "_URL",
                    String.join(",", instances.stream().map(LibertyComponent::internalUrl).toList()));
        }
        gatewayWiring.put("GATEWAY_DISCOVERY_FILE", registryFile().toString());
        this.gateway = new LibertyComponent(settings, "gateway", "gateway", Kind.GATEWAY,
                settings.port("gateway-http", 8080), settings.port("gateway-https", 8443), gatewayWiring,
                settings.home().resolve("servers"));
    }

    /**
     * Instance 1 of a service is named after it and uses its ports; instance N is NAME-N, ten ports further per
     * instance (user-2: 9111 and 9411), with its own output folder.
     */
    private LibertyComponent instance(Service service, int number) {
        String name = number == 1 ? service.name() : service.name() + "-" + number;
        int shift = (number - 1) * 10;
        Map<String, String> wiring = wiringOf(service);
        wiring.put("DRYFRUITS_INSTANCE", name);
        return new LibertyComponent(settings, name, service.name(), Kind.SERVICE,
                settings.port(service.name() + "-http", service.httpPort()) + shift,
                settings.port(service.name() + "-https", service.httpsPort()) + shift, wiring,
                number == 1 ? settings.home().resolve("servers") : settings.home().resolve("servers/" + name));
    }

    /** Every service's instances, for the gateway to find (it rereads the file every few seconds). */
    public void writeRegistry() throws java.io.IOException {
        java.util.Properties registry = new java.util.Properties();
        for (Service service : SERVICES) {
            registry.setProperty(service.name(), String.join(",", services.stream()
                    .filter(server -> server.serverName().equals(service.name()))
                    .map(LibertyComponent::internalUrl).toList()));
        }
        java.nio.file.Files.createDirectories(registryFile().getParent());
        java.nio.file.Path written = registryFile().resolveSibling("registry.properties.new");
        try (var out = java.nio.file.Files.newBufferedWriter(written)) {
            registry.store(out, "Instances of each service, written by ./dryfruits for the gateway");
        }
        java.nio.file.Files.move(written, registryFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private java.nio.file.Path registryFile() {
        return settings.run().resolve("registry.properties");
    }

    /** Whether NAME is one of the business services (what can be scaled). */
    public static boolean isService(String name) {
        return SERVICES.stream().anyMatch(service -> service.name().equals(name));
    }

    /** In start order. */
    public List<Component> components() {
        List<Component> all = new ArrayList<>(List.of(postgres, kafka, mail));
        all.addAll(services);
        all.add(gateway);
        return all;
    }

    public Optional<Component> find(String name) {
        return components().stream().filter(component -> component.name().equals(name)).findFirst();
    }

    public LibertyComponent gateway() {
        return gateway;
    }

    public MailComponent mail() {
        return mail;
    }

    public List<LibertyComponent> libertyServers() {
        List<LibertyComponent> servers = new ArrayList<>(services);
        servers.add(gateway);
        return servers;
    }

    /** What every Liberty server is told about the shared infrastructure and the identity service. */
    private Map<String, String> common() {
        Map<String, String> common = new HashMap<>();
        String userUrl = "http://" + settings.bindHost() + ":" + settings.port("user-http", 9101);
        common.put("JWT_JWKS_URI", userUrl + "/api/auth/jwks");
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("SMTP_HOST", mail.smtpHost());
        common.put("SMTP_PORT", Integer.toString(mail.smtpPort()));
        return common;
    }

    private Map<String, String> wiringOf(Service service) {
        Map<String, String> wiring = new HashMap<>(common());
        wiring.put("DB_HOST", postgres.host());
        wiring.put("DB_PORT", Integer.toString(postgres.port()));
        wiring.put("DB_NAME", service.database());
        settings.external(PostgresComponent.NAME).ifPresent(external -> {
            wiring.put("DB_USER", settings.value("DRYFRUITS_DB_USER", service.database()));
            wiring.put("DB_PASSWORD", settings.value("DRYFRUITS_DB_PASSWORD", PostgresComponent.passwordOf(service.database())));
        });
        // The local platform is a demo: every service seeds its part of the demo data.
        wiring.put("DRYFRUITS_DEMO_DATA_ENABLED", "true");
        if (service.name().equals("user")) {
            wiring.put("DRYFRUITS_ADMIN_PASSWORD", settings.adminPassword());
            wiring.put("DRYFRUITS_DEMO_DATA_PASSWORD", Settings.DEMO_PASSWORD);
        }
        return wiring;
    }

    public record Service(String name, int httpPort, int httpsPort, String database) {
    }
}
