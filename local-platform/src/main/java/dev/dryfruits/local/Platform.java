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
            new Service("notification", 9107, 9407, "dryfruits_notification"));

    private final Settings settings;
    private final PostgresComponent postgres;
    private final KafkaComponent kafka;
    private final MailComponent mail;
    private final List<LibertyComponent> services = new ArrayList<>();
    private final LibertyComponent gateway;

    public Platform(Settings settings) {
        this.settings = settings;
        this.postgres = new PostgresComponent(settings, SERVICES.stream().map(Service::database).toList());
        this.kafka = new KafkaComponent(settings);
        this.mail = new MailComponent(settings);
        Map<String, String> gatewayWiring = new HashMap<>(common());
        for (Service service : SERVICES) {
            LibertyComponent server = new LibertyComponent(settings, service.name(), Kind.SERVICE,
                    settings.port(service.name() + "-http", service.httpPort()),
                    settings.port(service.name() + "-https", service.httpsPort()), wiringOf(service));
            services.add(server);
            gatewayWiring.put("GATEWAY_UPSTREAM_" + service.name().toUpperCase(Locale.ROOT) + "_URL", server.internalUrl());
        }
        this.gateway = new LibertyComponent(settings, "gateway", Kind.GATEWAY, settings.port("gateway-http", 8080),
                settings.port("gateway-https", 8443), gatewayWiring);
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
        wiring.put("DRYFRUITS_INSTANCE", service.name() + "-1");
        settings.external(PostgresComponent.NAME).ifPresent(external -> {
            wiring.put("DB_USER", settings.value("DRYFRUITS_DB_USER", service.database()));
            wiring.put("DB_PASSWORD", settings.value("DRYFRUITS_DB_PASSWORD", PostgresComponent.passwordOf(service.database())));
        });
        if (service.name().equals("user")) {
            wiring.put("DRYFRUITS_ADMIN_PASSWORD", settings.adminPassword());
            wiring.put("DRYFRUITS_DEMO_DATA_ENABLED", "true");
            wiring.put("DRYFRUITS_DEMO_DATA_PASSWORD", Settings.DEMO_PASSWORD);
        }
        return wiring;
    }

    record Service(String name, int httpPort, int httpsPort, String database) {
    }
}
