package dev.dryfruits.gateway.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers one {@link UpstreamGuard} bean per configured upstream, named after it. Open Liberty keeps Fault
 * Tolerance state (circuit breaker, bulkhead) per bean, so each upstream gets its own breaker from configuration alone:
 * one failing service never opens the circuit of another (GatewayIsolationIT proves it).
 */
public class UpstreamGuards implements Extension {

    void registerGuards(@Observes BeforeBeanDiscovery discovery) {
        for (String upstream : Upstreams.names(ConfigProvider.getConfig())) {
            discovery.addAnnotatedType(UpstreamGuard.class, UpstreamGuard.class.getName() + "#" + upstream)
                    .add(NamedLiteral.of(upstream))
                    .add(ApplicationScoped.Literal.INSTANCE);
        }
    }
}
