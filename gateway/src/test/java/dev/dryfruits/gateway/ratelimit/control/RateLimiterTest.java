package dev.dryfruits.gateway.ratelimit.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsABurstThenAsksToRetryLater() {
        RateLimiter limiter = limiter(5, 1);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("address:10.0.0.1").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("address:10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void keepsABucketPerClient() {
        RateLimiter limiter = limiter(1, 1);
        assertThat(limiter.tryAcquire("user:a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("user:a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("user:b").allowed()).isTrue();
    }

    private static RateLimiter limiter(long capacity, long refillPerSecond) {
        RateLimiter limiter = new RateLimiter();
        limiter.capacity = capacity;
        limiter.refillPerSecond = refillPerSecond;
        limiter.maxClients = 1000;
        limiter.configure();
        return limiter;
    }
}
