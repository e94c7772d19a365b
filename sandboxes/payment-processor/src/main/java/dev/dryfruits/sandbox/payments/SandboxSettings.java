package dev.dryfruits.sandbox.payments;

import java.time.Duration;
import java.util.Map;

/**
 * How the sandbox behaves: where it listens, the merchant's credentials, where and how webhooks go, how slow and
 * how unreliable it is, and how long each method's payments stay open (PhonePe's defaults: UPI intent 600 s, card
 * 720 s, net banking 600 s). {@code publicUrl} is where a customer's browser reaches it (the checkout pages), when
 * that is not where it listens (a container listening on 0.0.0.0); null: where it listens.
 */
public record SandboxSettings(String host, int port, String keyId, String keySecret, String webhookUrl,
                              String webhookSecret, Duration minWebhookDelay, Duration maxWebhookDelay,
                              double duplicateRate, Duration minLatency, Duration maxLatency, double failureRate,
                              Duration upiExpiry, Duration cardExpiry, Duration netbankingExpiry,
                              Duration lateSuccessAfter, Duration refundProcessing, String publicUrl) {

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
                Duration.ofSeconds(600), Duration.ofSeconds(3), Duration.ofSeconds(2), null);
    }

    /**
     * The defaults, with what the options name changed (the command line's {@code --name value} pairs without the
     * dashes): host, port, key-id, key-secret, webhook-url, webhook-secret, duplicate-rate, failure-rate,
     * min-webhook-delay-ms, max-webhook-delay-ms, upi-expiry-s, card-expiry-s, netbanking-expiry-s,
     * late-success-after-ms, refund-processing-ms, public-url.
     */
    public static SandboxSettings of(Map<String, String> options) {
        SandboxSettings defaults = defaults();
        return new SandboxSettings(options.getOrDefault("host", defaults.host()),
                Integer.parseInt(options.getOrDefault("port", Integer.toString(defaults.port()))),
                options.getOrDefault("key-id", defaults.keyId()),
                options.getOrDefault("key-secret", defaults.keySecret()),
                options.get("webhook-url"),
                options.getOrDefault("webhook-secret", defaults.webhookSecret()),
                millis(options, "min-webhook-delay-ms", defaults.minWebhookDelay()),
                millis(options, "max-webhook-delay-ms", defaults.maxWebhookDelay()),
                Double.parseDouble(options.getOrDefault("duplicate-rate", Double.toString(defaults.duplicateRate()))),
                defaults.minLatency(), defaults.maxLatency(),
                Double.parseDouble(options.getOrDefault("failure-rate", Double.toString(defaults.failureRate()))),
                seconds(options, "upi-expiry-s", defaults.upiExpiry()),
                seconds(options, "card-expiry-s", defaults.cardExpiry()),
                seconds(options, "netbanking-expiry-s", defaults.netbankingExpiry()),
                millis(options, "late-success-after-ms", defaults.lateSuccessAfter()),
                millis(options, "refund-processing-ms", defaults.refundProcessing()),
                options.get("public-url"));
    }

    private static Duration millis(Map<String, String> options, String name, Duration fallback) {
        return options.containsKey(name) ? Duration.ofMillis(Long.parseLong(options.get(name))) : fallback;
    }

    private static Duration seconds(Map<String, String> options, String name, Duration fallback) {
        return options.containsKey(name) ? Duration.ofSeconds(Long.parseLong(options.get(name))) : fallback;
    }
}
