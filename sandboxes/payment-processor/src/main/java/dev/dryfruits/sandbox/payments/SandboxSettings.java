package dev.dryfruits.sandbox.payments;

import java.time.Duration;

/**
 * How the sandbox behaves: where it listens, the merchant's credentials, where and how webhooks go, how slow and
 * how unreliable it is, and how long each method's payments stay open (PhonePe's defaults: UPI intent 600 s, card
 * 720 s, net banking 600 s).
 */
record SandboxSettings(String host, int port, String keyId, String keySecret, String webhookUrl,
                       String webhookSecret, Duration minWebhookDelay, Duration maxWebhookDelay,
                       double duplicateRate, Duration minLatency, Duration maxLatency, double failureRate,
                       Duration upiExpiry, Duration cardExpiry, Duration netbankingExpiry, Duration lateSuccessAfter,
                       Duration refundProcessing) {

    Duration expiryOf(String method) {
        return switch (method) {
            case "upi" -> upiExpiry;
            case "card" -> cardExpiry;
            default -> netbankingExpiry;
        };
    }

    static SandboxSettings defaults() {
        return new SandboxSettings("127.0.0.1", 13300, "rzp_sandbox_dryfruits", "sandbox-secret-change-me", null,
                "sandbox-webhook-secret", Duration.ofMillis(200), Duration.ofSeconds(3), 0.2, Duration.ofMillis(20),
                Duration.ofMillis(150), 0.0, Duration.ofSeconds(600), Duration.ofSeconds(720),
                Duration.ofSeconds(600), Duration.ofSeconds(3), Duration.ofSeconds(2));
    }
}
