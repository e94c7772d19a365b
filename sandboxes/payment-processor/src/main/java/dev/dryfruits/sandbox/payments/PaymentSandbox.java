package dev.dryfruits.sandbox.payments;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the payment sandbox until the process is stopped:
 * {@code java ... PaymentSandbox --port 13300 --key-id ID --key-secret SECRET --webhook-url URL --webhook-secret S}
 * and optionally the other settings of {@link SandboxSettings#of} ({@code --duplicate-rate 0.2 --failure-rate 0
 * --min-webhook-delay-ms 200 --max-webhook-delay-ms 3000 --upi-expiry-s 600 --card-expiry-s 720 ...}).
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
        SandboxSettings settings = SandboxSettings.of(options);
        SandboxServer server = SandboxServer.start(settings);
        System.out.println("Payment sandbox listening on " + server.url() + ", webhooks to " + settings.webhookUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
