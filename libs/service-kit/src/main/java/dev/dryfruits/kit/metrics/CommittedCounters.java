package dev.dryfruits.kit.metrics;

import dev.dryfruits.kit.persistence.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Business counters that count what really happened: an increment made inside a transaction takes effect only if the
 * transaction commits (a rolled-back order was never placed), and at once outside one. MicroProfile Metrics,
 * application scope.
 */
@ApplicationScoped
public class CommittedCounters {

    @Inject
    MetricRegistry registry;

    @Inject
    AfterCommit afterCommit;

    public void increment(Metadata counter, Tag... tags) {
        afterCommit.run(() -> registry.counter(counter, tags).inc());
    }
}
