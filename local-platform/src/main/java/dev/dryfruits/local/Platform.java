package dev.dryfruits.local;

import dev.dryfruits.local.component.Component;
import dev.dryfruits.local.component.GatewayServer;
import dev.dryfruits.local.component.HostServer;
import dev.dryfruits.local.component.HostedService;
import dev.dryfruits.local.component.KafkaComponent;
import dev.dryfruits.local.component.LibertyComponent;
import dev.dryfruits.local.component.MailComponent;
import dev.dryfruits.local.component.PaymentSandboxComponent;
import dev.dryfruits.local.component.PostgresComponent;
import dev.dryfruits.local.component.ServiceInstance;
import dev.dryfruits.local.component.StandaloneService;
import dev.dryfruits.local.component.ZipkinComponent;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Every component of the local platform, wired together: which ports, which database, which upstream.
 * <p>
 * The first instance of every service runs in the host server (one Liberty server for all of them, each application
 * on its own ports); further instances (`./dryfruits scale`) run in servers of their own, as every service does in
 * Kubernetes. The services come from the platform's list ({@link Service#list}).
 */
public final class Platform {

    private final Settings settings;
    private final List<Service> services;
    private final PostgresComponent postgres;
    private final KafkaComponent kafka;
    private final MailComponent mail;
    private final PaymentSandboxComponent paymentSandbox;
    private final ZipkinComponent zipkin;
    private final HostServer host;
    private final List<Component> instances = new ArrayList<>();
    private final GatewayServer gateway;
    private final ServiceSecrets secrets;

    public Platform(Settings settings, Scale scale) {
        this.settings = settings;
        this.services = Service.list(settings);
        this.secrets = ServiceSecrets.of(settings);
        this.postgres = new PostgresComponent(settings, services.stream().map(Service::database).toList());
        this.kafka = new KafkaComponent(settings);
        this.mail = new MailComponent(settings);
        this.zipkin = new ZipkinComponent(settings);
        // Its webhooks come to the platform's public address, the gateway, as a real processor's would: whichever
        // payment instance is up gets them (until the gateway is, the sandbox retries, as processors do).
        this.paymentSandbox = new PaymentSandboxComponent(settings, secrets.secretOf("payment-sandbox-key"),
                secrets.secretOf("payment-sandbox-webhooks"), "http://" + settings.bindHost() + ":"
                + settings.port("gateway-http", 8080) + "/api/payments/webhooks/sandbox");
        this.host = new HostServer(settings, settings.port("services-http", 9100), settings.port("services-https", 9400),
                common());
        Map<String, String> gatewayWiring = new HashMap<>(common());
        for (Service service : services) {
            List<ServiceInstance> copies = new ArrayList<>();
            copies.add(new HostedService(settings, service, host, settings.port(service.name() + "-http",
                    service.httpPort()), settings.port(service.name() + "-https", service.httpsPort()),
                    properties(service, service.name()), database(service)));
            for (int instance = 2; instance <= scale.instancesOf(service.name()); instance++) {
                copies.add(standalone(service, instance));
            }
            copies.forEach(copy -> instances.add((Component) copy));
            String upstream = "GATEWAY_UPSTREAM_" + service.name().toUpperCase(Locale.ROOT);
            gatewayWiring.put(upstream + "_URL", String.join(",", copies.stream().map(ServiceInstance::internalUrl)
                    .toList()));
            // One OpenAPI document for every service in the host, on its own port; the gateway picks each one's part.
            gatewayWiring.put(upstream + "_OPENAPI", host.internalUrl() + "/openapi");
        }
        gatewayWiring.put("GATEWAY_DISCOVERY_FILE", registryFile().toString());
        this.gateway = new GatewayServer(settings, settings.port("gateway-http", 8080),
                settings.port("gateway-https", 8443), gatewayWiring, settings.home().resolve("servers"),
                services.stream().map(Service::name).toList());
    }

    /**
     * Instance N (2 and more) of a service: NAME-N in a server of its own, ten ports further per instance
     * (user-2: 9111 and 9411), with its own output folder.
     */
    private StandaloneService standalone(Service service, int number) {
        String name = service.name() + "-" + number;
        int shift = (number - 1) * 10;
        Map<String, String> wiring = new HashMap<>(common());
        database(service).forEach(wiring::put);
        properties(service, name).forEach((property, value) -> wiring.put(environmentName(property), value));
        return new StandaloneService(settings, name, service,
                settings.port(service.name() + "-http", service.httpPort()) + shift,
                settings.port(service.name() + "-https", service.httpsPort()) + shift, wiring,
                settings.home().resolve("servers/" + name));
    }

    /** Every service's instances, for the gateway to find (it rereads the file every few seconds). */
    public void writeRegistry() throws IOException {
        Properties registry = new Properties();
        for (Service service : services) {
            registry.setProperty(service.name(), String.join(",", serviceInstances()
                    .filter(instance -> instance.service().equals(service))
                    .map(ServiceInstance::internalUrl).toList()));
        }
        Files.createDirectories(registryFile().getParent());
        Path written = registryFile().resolveSibling("registry.properties.new");
        try (Writer out = Files.newBufferedWriter(written)) {
            registry.store(out, "Instances of each service, written by ./dryfruits for the gateway");
        }
        Files.move(written, registryFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path registryFile() {
        return settings.run().resolve("registry.properties");
    }

    public List<Service> services() {
        return services;
    }

    /** Whether NAME is one of the business services (what can be scaled). */
    public boolean isService(String name) {
        return services.stream().anyMatch(service -> service.name().equals(name));
    }

    /** In start order. */
    public List<Component> components() {
        List<Component> all = new ArrayList<>(List.of(postgres, kafka, mail, paymentSandbox, zipkin, host));
        all.addAll(instances);
        all.add(gateway);
        return all;
    }

    public Optional<Component> find(String name) {
        return components().stream().filter(component -> component.name().equals(name)).findFirst();
    }

    public LibertyComponent gateway() {
        return gateway;
    }

    public HostServer host() {
        return host;
    }

    public MailComponent mail() {
        return mail;
    }

    public PaymentSandboxComponent paymentSandbox() {
        return paymentSandbox;
    }

    public ZipkinComponent zipkin() {
        return zipkin;
    }

    /** The Liberty servers (processes): the host, the servers of single service instances, the gateway. */
    public List<LibertyComponent> libertyServers() {
        List<LibertyComponent> servers = new ArrayList<>();
        servers.add(host);
        instances.stream().filter(LibertyComponent.class::isInstance).map(LibertyComponent.class::cast)
                .forEach(servers::add);
        servers.add(gateway);
        return servers;
    }

    private Stream<ServiceInstance> serviceInstances() {
        return instances.stream().filter(ServiceInstance.class::isInstance).map(ServiceInstance.class::cast);
    }

    /** What every Liberty server is told about the shared infrastructure and the identity service. */
    private Map<String, String> common() {
        Map<String, String> common = new HashMap<>();
        String userUrl = "http://" + settings.bindHost() + ":" + settings.port("user-http", 9101);
        common.put("JWT_JWKS_URI", userUrl + "/api/auth/jwks");
        common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        common.put("SMTP_HOST", mail.smtpHost());
        common.put("SMTP_PORT", Integer.toString(mail.smtpPort()));
        common.putAll(zipkin.exporterSettings());
        // Where each service asks another (MicroProfile Rest Client): the first instance, in the host server.
        for (Service service : services) {
            common.put(environmentName(service.name() + "/mp-rest/url"), "http://" + settings.bindHost() + ":"
                    + settings.port(service.name() + "-http", service.httpPort()));
        }
        return common;
    }

    /** Where a service's database is: the variables of liberty-config's datasource.xml. */
    private Map<String, String> database(Service service) {
        Map<String, String> database = new LinkedHashMap<>();
        database.put("DB_HOST", postgres.host());
        database.put("DB_PORT", Integer.toString(postgres.port()));
        database.put("DB_NAME", service.database());
        settings.external(PostgresComponent.NAME).ifPresent(external -> {
            database.put("DB_USER", settings.value("DRYFRUITS_DB_USER", service.database()));
            database.put("DB_PASSWORD", settings.value("DRYFRUITS_DB_PASSWORD",
                    PostgresComponent.passwordOf(service.database())));
        });
        return database;
    }

    /**
     * A service instance's own MicroProfile Config values: application properties in the host, environment
     * variables in a server of its own.
     */
    private Map<String, String> properties(Service service, String instance) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("dryfruits.service.name", service.name());
        properties.put("dryfruits.instance", instance);
        // The local platform is a demo: every service seeds its part of the demo data (a stand-in does not).
        properties.put("dryfruits.demo-data.enabled", Boolean.toString(service.application().equals(service.name())));
        // Where the other services' instances are, as the gateway finds them: its REST clients send each request to a
        // ready instance of the service (the kit's InstanceDirectory), not always to the first.
        properties.put("dryfruits.discovery.file", registryFile().toString());
        // Its own client secret for the identity service's client-credentials grant (calls on its own behalf).
        properties.put("dryfruits.service.client-secret", secrets.secretOf(service.name()));
        if (service.application().equals("payment")) {
            // The payment service's processor: the sandbox, with the merchant credentials it was started with.
            properties.putAll(paymentSandbox.merchantProperties());
        }
        if (service.application().equals("user")) {
            properties.put("dryfruits.admin.password", settings.adminPassword());
            properties.put("dryfruits.demo-data.password", Settings.DEMO_PASSWORD);
            // The identity service knows every service's secret (the clients it lists get tokens).
            services.forEach(client -> properties.put("dryfruits.service-client." + client.name() + ".secret",
                    secrets.secretOf(client.name())));
        }
        return properties;
    }

    /** MicroProfile Config's environment variable for a property: dryfruits.demo-data.enabled, DRYFRUITS_DEMO_DATA_ENABLED. */
    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
