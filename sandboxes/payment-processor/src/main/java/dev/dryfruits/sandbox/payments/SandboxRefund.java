package dev.dryfruits.sandbox.payments;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;

/** A refund of (part of) a captured payment: pending until the bank processes it. */
final class SandboxRefund {

    final String id;
    final String paymentId;
    final long amount;
    final Instant createdAt;
    boolean processed;

    SandboxRefund(String id, String paymentId, long amount, Instant createdAt) {
        this.id = id;
        this.paymentId = paymentId;
        this.amount = amount;
        this.createdAt = createdAt;
    }

    JsonObject json() {
        return Json.createObjectBuilder().add("id", id).add("entity", "refund").add("paymentId", paymentId)
                .add("amount", amount).add("status", processed ? "processed" : "pending")
                .add("createdAt", createdAt.toString()).build();
    }
}
