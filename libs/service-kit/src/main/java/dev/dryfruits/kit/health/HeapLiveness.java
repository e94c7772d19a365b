package dev.dryfruits.kit.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless a heap pool is still nearly full right after garbage collection, the state in which only a restart
 * helps. Liveness deliberately ignores the database and other services: their outage is not cured by restarting us.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "dryfruits.health.max-heap-used-after-gc", defaultValue = "0.95")
    double maxUsedAfterGc;

    @Override
    public HealthCheckResponse call() {
        double worst = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null && afterGc.getMax() > 0) {
                worst = Math.max(worst, (double) afterGc.getUsed() / afterGc.getMax());
            }
        }
        return HealthCheckResponse.named("heap")
                .status(worst < maxUsedAfterGc)
                .withData("usedAfterGcRatio", String.format(java.util.Locale.ROOT, "%.3f", worst))
                .build();
    }
}
