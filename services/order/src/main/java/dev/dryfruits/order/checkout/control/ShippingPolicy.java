package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.rest.Peers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who bears shipping today, CUSTOMER or SELLER: the payment service's fee schedule says. A schedule never changes
 * for a day that has begun (new ones start tomorrow at the earliest), so the answer is asked once a day per replica
 * and kept until midnight; while the payment service cannot be asked and nothing is known for today, quotes are 503.
 */
@ApplicationScoped
public class ShippingPolicy {

    static final String SELLER = "SELLER";

    @Inject
    FeeScheduleLookup lookup;

    private final AtomicReference<Known> known = new AtomicReference<>();

    private record Known(LocalDate day, String payer) {
    }

    public String payerOn(LocalDate today) {
        Known now = known.get();
        if (now != null && now.day().equals(today)) {
            return now.payer();
        }
        String payer = Peers.ask("payment", "for today's fee schedule", lookup::current)
                .map(FeeSchedule.Current::shippingPaidBy)
                .orElseThrow(() -> new IllegalStateException("The payment service has no fee schedule in force"));
        known.set(new Known(today, payer));
        return payer;
    }
}
