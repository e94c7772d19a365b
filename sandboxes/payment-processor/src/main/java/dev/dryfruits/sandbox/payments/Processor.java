package dev.dryfruits.sandbox.payments;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The processor's rules: payments created once per idempotency key (the same key with another body is refused),
 * the customer's approval applying the test instrument's outcome, cards authorised then captured, payments expiring,
 * late successes after expiry, refunds pending until the bank processes them; every change announced by webhook.
 * State is in memory: a restart of the sandbox forgets its payments (a real processor would not; the payment
 * service's reconciliation then finds them missing and treats them as failed).
 */
final class Processor {

    private final SandboxSettings settings;
    private final Webhooks webhooks;
    private final ScheduledExecutorService scheduler;
    private final Map<String, SandboxPayment> payments = new ConcurrentHashMap<>();
    private final Map<String, SandboxRefund> refunds = new ConcurrentHashMap<>();
    private final Map<String, Idempotent> keys = new ConcurrentHashMap<>();
    private final String publicUrl;

    Processor(SandboxSettings settings, Webhooks webhooks, ScheduledExecutorService scheduler, String publicUrl) {
        this.settings = settings;
        this.webhooks = webhooks;
        this.scheduler = scheduler;
        this.publicUrl = publicUrl;
        scheduler.scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.SECONDS);
    }

    /** What a create answered for a key, and a digest of the body it answered it for. */
    record Idempotent(String bodyDigest, int status, JsonObject answer) {
    }

    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refused(int status, String code, String description) {
            super(description);
            this.status = status;
            this.code = code;
        }
    }

    /** The first answer for this key, or the action's; 422 when the key was used with another body. */
    synchronized Idempotent once(String scope, String key, String body, java.util.function.Supplier<JsonObject> action,
                                 int status) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new Refused(400, "BAD_REQUEST_ERROR", "An Idempotency-Key header (1 to 255 characters) is required");
        }
        String digest = sha256(body);
        Idempotent known = keys.get(scope + ":" + key);
        if (known != null) {
            if (!known.bodyDigest().equals(digest)) {
                throw new Refused(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used with another request");
            }
            return known;
        }
        Idempotent answered = new Idempotent(digest, status, action.get());
        keys.put(scope + ":" + key, answered);
        return answered;
    }

    JsonObject create(String reference, long amount, String currency, String method, String instrument,
                      TestOutcome outcome) {
        Instant now = Instant.now();
        String id = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 18);
        SandboxPayment payment = new SandboxPayment(id, reference, amount, currency, method, instrument, outcome, now,
                now.plus(settings.expiryOf(method)));
        payments.put(id, payment);
        JsonObject json = json(payment);
        announce(payment, "payment.created", json);
        return json;
    }

    Optional<SandboxPayment> payment(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    /** The merchant's payments with this reference, oldest first. */
    java.util.List<SandboxPayment> paymentsFor(String reference) {
        return payments.values().stream().filter(payment -> payment.reference.equals(reference))
                .sorted(java.util.Comparator.comparing(payment -> payment.createdAt)).toList();
    }

    Optional<SandboxRefund> refund(String id) {
        return Optional.ofNullable(refunds.get(id));
    }

    JsonObject json(SandboxPayment payment) {
        return payment.json(publicUrl + "/v1/checkout/" + payment.id);
    }

    /** The customer approves in the sandbox's checkout page: the test instrument decides what happens. */
    JsonObject approve(String id) {
        SandboxPayment payment = existing(id);
        synchronized (payment) {
            if (payment.status != SandboxPayment.Status.CREATED) {
                return json(payment);
            }
            switch (payment.outcome) {
                case SUCCEED -> succeed(payment, false);
                case DECLINE -> fail(payment, payment.method.equals("card") ? "Declined by the issuer"
                        : "Declined by the bank");
                case NEVER_COMPLETE, SUCCEED_AFTER_EXPIRY -> {
                    // The bank does not answer before the payment expires.
                }
            }
            return json(payment);
        }
    }

    JsonObject decline(String id) {
        SandboxPayment payment = existing(id);
        synchronized (payment) {
            if (payment.status == SandboxPayment.Status.CREATED) {
                fail(payment, "Cancelled by the customer");
            }
            return json(payment);
        }
    }

    JsonObject capture(String id, long amount) {
        SandboxPayment payment = existing(id);
        synchronized (payment) {
            if (payment.status == SandboxPayment.Status.CAPTURED && payment.captured == amount) {
                return json(payment);
            }
            if (payment.status != SandboxPayment.Status.AUTHORIZED) {
                throw new Refused(400, "BAD_REQUEST_ERROR", "Only an authorized payment can be captured; this one is "
                        + payment.status.name().toLowerCase());
            }
            if (amount <= 0 || amount > payment.amount) {
                throw new Refused(400, "BAD_REQUEST_ERROR", "The capture amount must be from 1 to " + payment.amount);
            }
            payment.status = SandboxPayment.Status.CAPTURED;
            payment.captured = amount;
            payment.updatedAt = Instant.now();
            announce(payment, "payment.captured", json(payment));
            return json(payment);
        }
    }

    JsonObject refund(String paymentId, long amount) {
        SandboxPayment payment = existing(paymentId);
        SandboxRefund refund;
        synchronized (payment) {
            if (payment.status != SandboxPayment.Status.CAPTURED) {
                throw new Refused(400, "BAD_REQUEST_ERROR", "Only a captured payment can be refunded");
            }
            if (amount <= 0 || amount > payment.captured - payment.refunded) {
                throw new Refused(400, "BAD_REQUEST_ERROR", "The refund amount must be from 1 to "
                        + (payment.captured - payment.refunded));
            }
            payment.refunded += amount;
            payment.updatedAt = Instant.now();
            refund = new SandboxRefund("rfnd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 18),
                    paymentId, amount, Instant.now());
            refunds.put(refund.id, refund);
        }
        announce(payment, "refund.created", refund.json());
        scheduler.schedule(() -> {
            refund.processed = true;
            announce(payment, "refund.processed", refund.json());
        }, settings.refundProcessing().toMillis(), TimeUnit.MILLISECONDS);
        return refund.json();
    }

    private void succeed(SandboxPayment payment, boolean late) {
        payment.late = late;
        payment.updatedAt = Instant.now();
        if (payment.method.equals("card")) {
            payment.status = SandboxPayment.Status.AUTHORIZED;
            announce(payment, "payment.authorized", json(payment));
        } else {
            payment.status = SandboxPayment.Status.CAPTURED;
            payment.captured = payment.amount;
            announce(payment, "payment.authorized", json(payment));
            announce(payment, "payment.captured", json(payment));
        }
    }

    private void fail(SandboxPayment payment, String reason) {
        payment.status = SandboxPayment.Status.FAILED;
        payment.failureReason = reason;
        payment.updatedAt = Instant.now();
        announce(payment, "payment.failed", json(payment));
    }

    /** Open payments past their expiry expire; a late success follows some time after, as a bank's can. */
    private void expire() {
        Instant now = Instant.now();
        for (SandboxPayment payment : payments.values()) {
            synchronized (payment) {
                if (payment.status == SandboxPayment.Status.CREATED && now.isAfter(payment.expiresAt)) {
                    payment.status = SandboxPayment.Status.EXPIRED;
                    payment.failureReason = "Not paid before " + payment.expiresAt;
                    payment.updatedAt = now;
                    announce(payment, "payment.expired", json(payment));
                    if (payment.outcome == TestOutcome.SUCCEED_AFTER_EXPIRY) {
                        scheduler.schedule(() -> {
                            synchronized (payment) {
                                succeed(payment, true);
                            }
                        }, settings.lateSuccessAfter().toMillis(), TimeUnit.MILLISECONDS);
                    }
                }
            }
        }
    }

    /** Every change is announced, except for a payment whose instrument asks for silence (lost webhooks). */
    private void announce(SandboxPayment payment, String event, JsonObject entity) {
        if (!payment.silent) {
            webhooks.announce(event, entity);
        }
    }

    private SandboxPayment existing(String id) {
        return payment(id).orElseThrow(() -> new Refused(404, "NOT_FOUND", "No payment " + id));
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
