package dev.dryfruits.sandbox.payments;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** One payment at the processor, with its state; the card number itself is never kept, only a token and the last four. */
final class SandboxPayment {

    enum Status { CREATED, AUTHORIZED, CAPTURED, FAILED, EXPIRED }

    static final String SILENT = "silent@sandbox";

    final String id;
    final String reference;
    final long amount;
    final String currency;
    final String method;
    final String instrument;
    final TestOutcome outcome;
    final Instant createdAt;
    final Instant expiresAt;
    /** Its webhooks are never delivered (test UPI id silent@sandbox): the merchant must ask. */
    final boolean silent;
    Status status = Status.CREATED;
    String failureReason;
    long captured;
    long refunded;
    boolean late;
    Instant updatedAt;

    SandboxPayment(String id, String reference, long amount, String currency, String method, String instrument,
                   TestOutcome outcome, Instant now, Instant expiresAt) {
        this.id = id;
        this.reference = reference;
        this.amount = amount;
        this.currency = currency;
        this.method = method;
        this.instrument = instrument;
        this.outcome = outcome;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.updatedAt = now;
        this.silent = SILENT.equals(instrument);
    }

    JsonObject json(String checkoutUrl) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", id).add("entity", "payment")
                .add("reference", reference).add("amount", amount).add("currency", currency).add("method", method)
                .add("status", status.name().toLowerCase()).add("captured", captured).add("refunded", refunded)
                .add("createdAt", createdAt.toString()).add("expiresAt", expiresAt.toString())
                .add("updatedAt", updatedAt.toString()).add("lateSuccess", late);
        if (failureReason != null) {
            json.add("failureReason", failureReason);
        }
        if (method.equals("card")) {
            json.add("card", Json.createObjectBuilder().add("token", "tok_" + id.substring(4))
                    .add("last4", instrument.substring(instrument.length() - 4))
                    .add("network", instrument.startsWith("5") ? "MasterCard" : "Visa"));
        } else if (method.equals("upi")) {
            json.add("vpa", instrument);
        } else {
            json.add("bank", instrument);
        }
        if (status == Status.CREATED) {
            json.add("nextAction", Json.createObjectBuilder()
                    .add("type", method.equals("upi") ? "upi_intent" : method.equals("card") ? "three_d_secure"
                            : "redirect")
                    .add("url", checkoutUrl));
        }
        return json.build();
    }
}
