package dev.dryfruits.payment.payments.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.payment.processor.entity.ProcessorStatus;
import dev.dryfruits.payment.processor.entity.ProviderPayment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The processor's news, in any order and any number of times, leads a payment to the same state. */
class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static Payment payment(PaymentMethod method) {
        return new Payment(UUID.randomUUID(), 1, UUID.randomUUID(), method, Money.ofMinor(74_300, "INR"), "digest",
                NOW);
    }

    private static ProviderPayment seen(ProcessorStatus status, long captured, boolean late) {
        return new ProviderPayment("pay_1", "ref", status, 74_300, captured, 0,
                status == ProcessorStatus.FAILED ? "Declined by the bank" : null, late, NOW.plusSeconds(600), null,
                null, null, "asha@okbank", null, status == ProcessorStatus.CREATED ? "upi_intent" : null,
                status == ProcessorStatus.CREATED ? "http://sandbox/v1/checkout/pay_1" : null);
    }

    /** Applies the news in this order; answers the payment and how many times each outcome was announced. */
    private static int[] apply(Payment payment, List<ProviderPayment> news) {
        int captures = 0;
        int failures = 0;
        int capturedAbandoned = 0;
        for (ProviderPayment each : news) {
            Payment.Learned learned = payment.learn(each, NOW);
            captures += learned.captured() ? 1 : 0;
            failures += learned.failed() ? 1 : 0;
            capturedAbandoned += learned.capturedWhileAbandoned() ? 1 : 0;
        }
        return new int[] {captures, failures, capturedAbandoned};
    }

    @Test
    void aCardsNewsInAnyOrderAndTwiceIsOneCapture() {
        List<ProviderPayment> news = new ArrayList<>(List.of(seen(ProcessorStatus.CREATED, 0, false),
                seen(ProcessorStatus.AUTHORIZED, 0, false), seen(ProcessorStatus.CAPTURED, 74_300, false),
                seen(ProcessorStatus.CAPTURED, 74_300, false), seen(ProcessorStatus.AUTHORIZED, 0, false)));
        for (int shuffle = 0; shuffle < 50; shuffle++) {
            Collections.shuffle(news, new java.util.Random(shuffle));
            Payment payment = payment(PaymentMethod.CARD);
            int[] outcomes = apply(payment, news);
            assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
            assertThat(payment.captured().minorUnits()).isEqualTo(74_300);
            assertThat(outcomes).containsExactly(1, 0, 0);
            assertThat(payment.nextActionUrl()).isNull();
        }
    }

    @Test
    void aSuccessAfterTheExpiryIsAnExpiryThenMoneyToRefundWhateverTheOrder() {
        List<ProviderPayment> news = new ArrayList<>(List.of(seen(ProcessorStatus.CREATED, 0, false),
                seen(ProcessorStatus.EXPIRED, 0, false), seen(ProcessorStatus.AUTHORIZED, 0, true),
                seen(ProcessorStatus.CAPTURED, 74_300, true)));
        for (int shuffle = 0; shuffle < 50; shuffle++) {
            Collections.shuffle(news, new java.util.Random(shuffle));
            Payment payment = payment(PaymentMethod.UPI);
            int[] outcomes = apply(payment, news);
            // The order heard once that it expired, and the late money is refunded (never a PaymentCaptured).
            assertThat(outcomes).containsExactly(0, 1, 1);
            assertThat(payment.isAbandoned()).isTrue();
            assertThat(payment.refundable()).isEqualTo(74_300);
        }
    }

    @Test
    void aDeclineAfterACaptureChangesNothingAndAPaymentGivenUpIsNeverCaptured() {
        Payment paid = payment(PaymentMethod.UPI);
        apply(paid, List.of(seen(ProcessorStatus.CAPTURED, 74_300, false), seen(ProcessorStatus.FAILED, 0, false)));
        assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);

        Payment cancelled = payment(PaymentMethod.CARD);
        assertThat(cancelled.abandon("Cancelled by the customer", NOW)).isZero();
        assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
        apply(cancelled, List.of(seen(ProcessorStatus.AUTHORIZED, 0, false)));
        assertThat(cancelled.awaitsCapture()).isFalse();
        int[] outcomes = apply(cancelled, List.of(seen(ProcessorStatus.CAPTURED, 74_300, false)));
        assertThat(outcomes).containsExactly(0, 0, 1);
    }

    @Test
    void refundsNeverExceedWhatWasCaptured() {
        Payment payment = payment(PaymentMethod.UPI);
        apply(payment, List.of(seen(ProcessorStatus.CAPTURED, 74_300, false)));
        payment.refunding(30_000, NOW);
        assertThat(payment.refundable()).isEqualTo(44_300);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> payment.refunding(44_301, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        payment.refundsProcessed(30_000, NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        payment.refunding(44_300, NOW);
        payment.refundsProcessed(74_300, NOW);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }
}
