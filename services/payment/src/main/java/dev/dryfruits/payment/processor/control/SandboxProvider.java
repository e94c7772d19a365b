package dev.dryfruits.payment.processor.control;

import dev.dryfruits.payment.processor.entity.PaymentInstruction;
import dev.dryfruits.payment.processor.entity.ProcessorNotice;
import dev.dryfruits.payment.processor.entity.ProcessorStatus;
import dev.dryfruits.payment.processor.entity.ProviderPayment;
import dev.dryfruits.payment.processor.entity.ProviderRefund;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The sandbox processor behind the provider interface: its REST client, wrapped once with a timeout, retries (every
 * call is idempotent: creates carry their key) and one circuit for the processor; its webhooks verified as
 * HMAC-SHA256 of the raw body under the webhook secret, compared in constant time.
 */
@ApplicationScoped
public class SandboxProvider implements PaymentProvider {

    private static final String HMAC = "HmacSHA256";

    @Inject
    @RestClient
    SandboxApi api;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.processor.webhook-secret")
    Optional<String> webhookSecret;

    @Override
    // At most about 9 s in all, so that the order service (which waits 15) hears the outcome, whatever it is.
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, jitter = 200, abortOn = ProviderRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProviderRefusal.class)
    public ProviderPayment create(PaymentInstruction instruction) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("amount", instruction.amountMinor())
                .add("currency", instruction.currency()).add("reference", instruction.reference());
        // Java 17: no pattern matching for switch yet.
        PaymentInstruction.Instrument instrument = instruction.instrument();
        if (instrument instanceof PaymentInstruction.Upi upi) {
            body.add("method", "upi").add("upi", Json.createObjectBuilder().add("vpa", upi.vpa()));
        } else if (instrument instanceof PaymentInstruction.Card card) {
            body.add("method", "card").add("card", Json.createObjectBuilder().add("number", card.number())
                    .add("expiryMonth", card.expiryMonth()).add("expiryYear", card.expiryYear())
                    .add("cvv", card.cvv()));
        } else if (instrument instanceof PaymentInstruction.NetBanking bank) {
            body.add("method", "netbanking").add("netbanking", Json.createObjectBuilder().add("bank", bank.bank()));
        }
        return payment(api.createPayment(instruction.idempotencyKey(), body.build()));
    }

    @Override
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = ProviderRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProviderRefusal.class)
    public Optional<ProviderPayment> find(String processorId) {
        try {
            return Optional.of(payment(api.payment(processorId)));
        } catch (ProviderRefusal refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @Override
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = ProviderRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProviderRefusal.class)
    public Optional<ProviderPayment> findByReference(String reference) {
        return api.paymentsWithReference(reference).getJsonArray("items").stream()
                .map(JsonObject.class::cast).map(SandboxProvider::payment).findFirst();
    }

    @Override
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = ProviderRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProviderRefusal.class)
    public ProviderPayment capture(String processorId, long amountMinor) {
        return payment(api.capture(processorId, Json.createObjectBuilder().add("amount", amountMinor).build()));
    }

    @Override
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = ProviderRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProviderRefusal.class)
    public ProviderRefund refund(String processorId, long amountMinor, String idempotencyKey) {
        return refund(api.refund(processorId, idempotencyKey,
                Json.createObjectBuilder().add("amount", amountMinor).build()));
    }

    @Override
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = ProviderRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProviderRefusal.class)
    public Optional<ProviderRefund> findRefund(String processorRefundId) {
        try {
            return Optional.of(refund(api.refund(processorRefundId)));
        } catch (ProviderRefusal refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    @Override
    public ProcessorNotice read(byte[] body, String signature) {
        String secret = webhookSecret.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                "No webhook secret is configured (dryfruits.payment.processor.webhook-secret)"));
        if (signature == null || signature.isBlank()) {
            throw new NoticeRejected("no signature");
        }
        byte[] expected = hmac(secret, body);
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(signature.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            throw new NoticeRejected("the signature is not hexadecimal");
        }
        // Constant time: how much of a forged signature is right must not show in how long the refusal takes.
        if (!MessageDigest.isEqual(expected, presented)) {
            throw new NoticeRejected("the signature does not match the body");
        }
        JsonObject notice;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            notice = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new NoticeRejected("signed, but not a JSON object");
        }
        try {
            JsonObject payload = notice.getJsonObject("payload");
            return new ProcessorNotice(notice.getString("id"), notice.getString("event"),
                    Optional.ofNullable(payload.getJsonObject("payment")).map(SandboxProvider::payment),
                    Optional.ofNullable(payload.getJsonObject("refund")).map(SandboxProvider::refund));
        } catch (RuntimeException notANotice) {
            throw new NoticeRejected("signed, but not a notice the processor sends: " + notANotice.getMessage());
        }
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static ProviderPayment payment(JsonObject json) {
        JsonObject card = json.getJsonObject("card");
        JsonObject next = json.getJsonObject("nextAction");
        return new ProviderPayment(json.getString("id"), json.getString("reference"),
                ProcessorStatus.valueOf(json.getString("status").toUpperCase(Locale.ROOT)),
                json.getJsonNumber("amount").longValueExact(), json.getJsonNumber("captured").longValueExact(),
                json.getJsonNumber("refunded").longValueExact(), json.getString("failureReason", null),
                json.getBoolean("lateSuccess", false), Instant.parse(json.getString("expiresAt")),
                card == null ? null : card.getString("token", null), card == null ? null : card.getString("last4", null),
                card == null ? null : card.getString("network", null), json.getString("vpa", null),
                json.getString("bank", null), next == null ? null : next.getString("type", null),
                next == null ? null : next.getString("url", null));
    }

    static ProviderRefund refund(JsonObject json) {
        return new ProviderRefund(json.getString("id"), json.getString("paymentId"),
                json.getJsonNumber("amount").longValueExact(), json.getBoolean("processed", false)
                || "processed".equals(json.getString("status", "")));
    }
}
