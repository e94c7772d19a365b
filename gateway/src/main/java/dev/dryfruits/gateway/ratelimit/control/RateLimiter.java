package dev.dryfruits.gateway.ratelimit.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A token bucket (Bucket4j) per client: a burst of {@code gateway.rate-limit.capacity} requests, refilled at
 * {@code gateway.rate-limit.refill-per-second}. Buckets of clients that went quiet are dropped (Caffeine), so memory
 * stays bounded. Limits are per gateway replica.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    @ConfigProperty(name = "gateway.rate-limit.capacity", defaultValue = "100")
    long capacity;

    @Inject
    @ConfigProperty(name = "gateway.rate-limit.refill-per-second", defaultValue = "40")
    long refillPerSecond;

    @Inject
    @ConfigProperty(name = "gateway.rate-limit.max-clients", defaultValue = "100000")
    long maxClients;

    private Cache<String, Bucket> buckets;
    private Bandwidth bandwidth;

    @PostConstruct
    void configure() {
        bandwidth = Bandwidth.builder().capacity(capacity).refillGreedy(refillPerSecond, Duration.ofSeconds(1)).build();
        long secondsToRefill = Math.max(1, capacity / Math.max(1, refillPerSecond));
        buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(secondsToRefill * 2 + 60, TimeUnit.SECONDS)
                .build();
    }

    public Decision tryAcquire(String clientKey) {
        Bucket bucket = buckets.get(clientKey, key -> Bucket.builder().addLimit(bandwidth).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long retryAfterSeconds = probe.isConsumed() ? 0
                : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(), retryAfterSeconds, capacity);
    }

    /** Whether the request may go ahead, and if not, how many seconds until it may. */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds, long limit) {
    }
}
