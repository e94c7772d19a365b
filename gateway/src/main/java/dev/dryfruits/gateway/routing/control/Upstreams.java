package dev.dryfruits.gateway.routing.control;

import dev.dryfruits.gateway.routing.entity.Upstream;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The services behind the gateway, from configuration: {@code gateway.upstreams} names them, and for each NAME
 * {@code gateway.upstream.NAME.url} says where it is (see InstanceRegistry) and {@code gateway.upstream.NAME.timeout}
 * how long it may take to answer (default {@code gateway.upstream-timeout}). Each has its own {@link UpstreamGuard}.
 */
@ApplicationScoped
public class Upstreams {

    static final String NAMES = "gateway.upstreams";

    @Inject
    Config config;

    @Inject
    @Any
    Instance<UpstreamGuard> guards;

    private Map<String, Upstream> upstreams;

    @PostConstruct
    void read() {
        Duration defaultTimeout = config.getOptionalValue("gateway.upstream-timeout", Duration.class)
                .orElse(Duration.ofSeconds(10));
        Map<String, Upstream> configured = new LinkedHashMap<>();
        for (String name : names(config)) {
            String prefix = "gateway.upstream." + name + ".";
            config.getValue(prefix + "url", String.class);
            Duration timeout = config.getOptionalValue(prefix + "timeout", Duration.class).orElse(defaultTimeout);
            configured.put(name, new Upstream(name, timeout));
        }
        upstreams = Map.copyOf(configured);
    }

    static List<String> names(Config config) {
        return config.getOptionalValues(NAMES, String.class).orElse(List.of()).stream()
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    public Upstream get(String name) {
        return require(name);
    }

    public Upstream require(String name) {
        Upstream upstream = upstreams.get(name);
        if (upstream == null) {
            throw new IllegalStateException("Upstream '" + name + "' is used by a route but not listed in " + NAMES);
        }
        return upstream;
    }

    public Collection<Upstream> all() {
        return upstreams.values();
    }

    public UpstreamGuard guard(String name) {
        return guards.select(NamedLiteral.of(name)).get();
    }
}
