package dev.dryfruits.local.component;

import dev.dryfruits.local.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment processor's sandbox (sandboxes/payment-processor): an outside party of the platform, run as its own
 * process like the mail server. Its merchant key and webhook secret are the platform home's (the launcher derives
 * them as it does the services' client secrets); its webhooks go to the payment service.
 */
public class PaymentSandboxComponent extends Component {

    public static final String NAME = "payment-sandbox";
    static final String OPTIONS = "DRYFRUITS_PAYMENT_SANDBOX_OPTIONS";

    private final String keyId;
    private final String keySecret;
    private final String webhookSecret;
    private final String webhookUrl;

    public PaymentSandboxComponent(Settings settings, String keySecret, String webhookSecret, String webhookUrl) {
        super(settings, NAME, Kind.INFRASTRUCTURE);
        this.keyId = "rzp_sandbox_dryfruits";
        this.keySecret = keySecret;
        this.webhookSecret = webhookSecret;
        this.webhookUrl = webhookUrl;
    }

    public int port() {
        return settings.port(NAME, 13300);
    }

    /** Where the payment service reaches it. */
    public String apiUrl() {
        return "http://" + settings.bindHost() + ":" + port();
    }

    public String keyId() {
        return keyId;
    }

    public String keySecret() {
        return keySecret;
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    /** What the payment service is told to reach it: its API, the merchant's credentials, the webhook secret. */
    public Map<String, String> merchantProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("payment-processor/mp-rest/url", apiUrl());
        properties.put("dryfruits.payment.processor.key-id", keyId);
        properties.put("dryfruits.payment.processor.key-secret", keySecret);
        properties.put("dryfruits.payment.processor.webhook-secret", webhookSecret);
        return properties;
    }

    @Override
    public Map<String, Integer> ports() {
        return Map.of("api", port());
    }

    @Override
    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("api", "http://" + settings.publicHost() + ":" + port() + "/v1");
        urls.put("checkout", "http://" + settings.publicHost() + ":" + port() + "/v1/checkout/{paymentId}");
        return urls;
    }

    @Override
    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(marker());
        command.addAll(List.of("-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                settings.launcherJar() + ":" + settings.launcherLibraries() + "/*",
                "dev.dryfruits.sandbox.payments.PaymentSandbox",
                "--host", settings.bindHost(),
                "--port", Integer.toString(port()),
                "--key-id", keyId,
                "--key-secret", keySecret,
                "--webhook-url", webhookUrl,
                "--webhook-secret", webhookSecret));
        // How it behaves (expiry times, webhook delays, failure rate...), for tests and benchmarks:
        // DRYFRUITS_PAYMENT_SANDBOX_OPTIONS="--upi-expiry-s 8 --max-webhook-delay-ms 500".
        String options = settings.value(OPTIONS, "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        return command;
    }

    @Override
    public boolean isReady() {
        return Probes.answers200(apiUrl() + "/health");
    }
}
