package dev.dryfruits.gateway.discovery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once every service's instances have been checked since the gateway started, so that what it routes to is
 * known rather than presumed; the data says how many instances of each service are ready (the local platform
 * waits until every service it started has one). A service with none does not make the gateway unready: the gateway
 * still answers for it, with 503, and routes everything else.
 */
@Readiness
@ApplicationScoped
public class RoutingReadiness implements HealthCheck {

    @Inject
    InstanceRegistry registry;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("routing").status(registry.checkedOnce());
        registry.readyInstances().forEach((upstream, ready) -> response.withData(upstream, ready));
        return response.build();
    }
}
