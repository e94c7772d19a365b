package dev.dryfruits.sandbox.payments;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the payment sandbox until the process is stopped:
 * {@code java ... PaymentSandbox --port 13300 --key-id ID --key-secret SECRET --webhook-url URL --webhook-secret S}
 * and optionally {@code --duplicate-rate 0.2 --failure-rate 0 --min-webhook-delay-ms 200 --max-webhook-delay-ms 3000
 * --upi-expiry-s 600 --card-expiry-s 720 --netbanking-expiry-s 600}.
 */
public final class PaymentSandbox {

    private PaymentSandbox() {
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int index = 0; index + 1 < arguments.length; index += 2) {
            if (!arguments[index].startsWith("--")) {
                throw new IllegalArgumentException("Expected --name value pairs, not " + arguments[index]);
            }
            options.put(arguments[index].substring(2), arguments[index + 1]);
        }
        SandboxSettings defaults = SandboxSettings.defaults();
        SandboxSettings settings = new SandboxSettings(options.getOrDefault("host", defaults.host()),
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
                defaults.lateSuccessAfter(), defaults.refundProcessing());
        SandboxServer server = SandboxServer.start(settings);
        System.out.println("Payment sandbox listening on " + server.url() + ", webhooks to " + settings.webhookUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static Duration millis(Map<String, String> options, String name, Duration fallback) {
        return options.containsKey(name) ? Duration.ofMillis(Long.parseLong(options.get(name))) : fallback;
    }

    private static Duration seconds(Map<String, String> options, String name, Duration fallback) {
        return options.containsKey(name) ? Duration.ofSeconds(Long.parseLong(options.get(name))) : fallback;
    }
}
