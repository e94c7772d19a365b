package dev.dryfruits.inventory.reservations.control;

import dev.dryfruits.kit.problem.FieldCheck;
import dev.dryfruits.kit.problem.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The body of POST /api/inventory/reservations, not yet checked. */
public record ReservationRequest(String orderId, List<LineRequest> lines, Integer ttlSeconds) {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 10_000;

    public record LineRequest(String sku, Integer quantity) {
    }

    record Checked(UUID orderId, List<FefoAllocator.Line> lines, Duration ttl) {
    }

    Checked validated(Duration defaultTtl, Duration maxTtl) {
        FieldCheck check = new FieldCheck();
        UUID order = null;
        try {
            order = UUID.fromString(orderId == null ? "" : orderId.strip());
        } catch (IllegalArgumentException notAUuid) {
            check.violation("orderId", orderId == null || orderId.isBlank() ? "is required" : "must be a UUID");
        }
        List<FefoAllocator.Line> checkedLines = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            check.violation("lines", "must have 1 to " + MAX_LINES + " lines");
        } else {
            Set<String> seen = new HashSet<>();
            for (int index = 0; index < lines.size(); index++) {
                LineRequest line = lines.get(index);
                String field = "lines[" + index + "]";
                if (line == null) {
                    check.violation(field, "is required");
                    continue;
                }
                String sku = check.text(field + ".sku", line.sku(), 1, 40);
                int quantity = check.integer(field + ".quantity", line.quantity(), 1, MAX_QUANTITY);
                if (sku != null && !seen.add(sku)) {
                    check.violation(field + ".sku", "appears in an earlier line: one line per SKU");
                }
                checkedLines.add(new FefoAllocator.Line(sku, quantity));
            }
        }
        Duration ttl = defaultTtl;
        if (ttlSeconds != null) {
            check.integer("ttlSeconds", ttlSeconds, 1, (int) maxTtl.toSeconds());
            ttl = Duration.ofSeconds(ttlSeconds);
        }
        check.throwIfAny();
        return new Checked(order, checkedLines, ttl);
    }

    static ReservationRequest required(ReservationRequest request) {
        return ProblemException.requireBody(request, "The reservation");
    }
}
