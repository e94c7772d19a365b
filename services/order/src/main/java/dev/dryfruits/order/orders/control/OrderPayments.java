package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.order.orders.entity.PaymentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The payment service, wrapped once: a timeout long enough for the processor behind it, one retry (a payment is one
 * per order and attempt there, a cancellation changes nothing twice) and one circuit; a refusal is an answer.
 */
@ApplicationScoped
public class OrderPayments {

    @Inject
    @RestClient
    PaymentsApi payments;

    // Longer than the payment service may take to hear from the processor (about 9 s), so its answer is heard.
    @Timeout(value = 15, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 300, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public PaymentState create(PaymentsApi.NewPayment payment) {
        return payments.create(payment);
    }

    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public List<PaymentState> ofOrder(UUID orderId) {
        return payments.ofOrder(orderId);
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = PeerResponses.Refusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = PeerResponses.Refusal.class)
    public List<PaymentState> abandon(UUID orderId, String reason) {
        // The payment service keeps 200 characters of a reason (a longer one is its 400, which no retry would mend).
        String said = reason == null || reason.isBlank() ? "Order cancelled" : reason.strip();
        return payments.abandon(orderId, new PaymentsApi.Cancellation(said.length() <= 200 ? said
                : said.substring(0, 197) + "..."));
    }
}
