package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.events.Outbox;
import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.order.cart.control.Carts;
import dev.dryfruits.order.checkout.entity.CheckoutQuote;
import dev.dryfruits.order.orders.entity.CancelCode;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderEvents;
import dev.dryfruits.order.orders.entity.OrderLine;
import dev.dryfruits.order.orders.entity.OrderStatus;
import dev.dryfruits.order.orders.entity.PackAllocation;
import dev.dryfruits.order.orders.entity.PaymentState;
import dev.dryfruits.order.orders.entity.SagaStep;
import dev.dryfruits.order.orders.entity.ShipTo;
import dev.dryfruits.order.orders.entity.StockHold;
import dev.dryfruits.order.orders.entity.SubOrder;
import dev.dryfruits.order.tax.entity.TaxLine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every change of an order's state, each in one transaction with what others must hear of it (the outbox): the
 * order opened from a quote, its stock held, its payment made (OrderPlaced), paid, confirmed (invoices issued;
 * OrderConfirmed and a SubOrderConfirmed per seller), cancelled and undone (OrderCancelled). The order row is locked
 * while it changes, so the placing request, the saga driver and the payment events never overwrite each other.
 */
@ApplicationScoped
public class Orders {

    @Inject
    OrderStore store;

    @Inject
    Outbox outbox;

    @Inject
    Carts carts;

    @Inject
    Invoices invoices;

    @Inject
    Event<SagaStepDue> stepDue;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "dryfruits.order.zone")
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "dryfruits.order.payment-check-after")
    Duration paymentCheckAfter;

    /** An order opened, or the one another request with the same key opened first. */
    public record Opened(CustomerOrder order, boolean created) {
    }

    /** A new order from the quote the customer accepted, being placed (committed at once, on its own). */
    public Opened open(UUID customerId, String idempotencyKey, String digest, CheckoutQuote quote) {
        var address = quote.address();
        CustomerOrder order = new CustomerOrder(customerId, idempotencyKey, digest, quote.paymentMethod(),
                new ShipTo(address.id(), address.recipientName(), address.phone(), address.line1(), address.line2(),
                        address.landmark(), address.city(), address.state(), address.postalCode(), address.country()),
                quote.placeOfSupplyCode(), quote.placeOfSupplyName(), new CustomerOrder.Totals(quote.goods(),
                quote.shipping(), quote.codFee(), quote.total()), Instant.now());
        for (CheckoutQuote.SellerGroup group : quote.groups()) {
            List<OrderLine> lines = new ArrayList<>();
            for (CheckoutQuote.QuotedLine line : group.lines()) {
                lines.add(new OrderLine(lines.size() + 1, line.sku(), line.productId(), line.productName(),
                        line.category(), line.hsn(), line.packGrams(), line.quantity(), line.unitPrice(),
                        line.lineTotal(), taxes(line)));
            }
            order.addSubOrder(new SubOrder.Seller(group.sellerId(), group.sellerName(), group.sellerGstin(),
                    group.sellerPan(), group.sellerAddress()), new SubOrder.Charges(group.goods(), group.shipping(),
                    group.codFee(), group.subtotal(), group.shippingPaidBy(), group.carrierCharge(), group.zone(),
                    group.transitDays()), lines);
        }
        CustomerOrder stored = store.addOnce(order);
        return new Opened(stored, stored.id().equals(order.id()));
    }

    @Transactional
    public void stockHeld(UUID orderId, UUID reservationId) {
        placing(orderId).stockHeld(reservationId, Instant.now());
    }

    @Transactional
    public void notPlaced(UUID orderId, CancelCode code, String reason) {
        locked(orderId).notPlaced(code, reason, Instant.now());
    }

    /** The customer was asked to pay: OrderPlaced, and the packs leave the cart. */
    @Transactional
    public CustomerOrder paymentCreated(UUID orderId, PaymentState payment) {
        CustomerOrder order = placing(orderId);
        Instant now = Instant.now();
        order.paymentCreated(payment.id(), payment.status(), payment.nextAction() == null ? null
                : payment.nextAction().type(), payment.nextAction() == null ? null : payment.nextAction().url(), now);
        if (order.step() == SagaStep.NONE) {
            order.askAboutPaymentAt(now.plus(paymentCheckAfter));
        }
        carts.ordered(order.customerId(), packs(order));
        outbox.publish(OrderEvents.TOPIC, orderId.toString(), "OrderPlaced", new OrderEvents.OrderPlaced(orderId,
                order.customerId(), order.customerId(), order.paymentMethod(), MoneyView.of(order.total()),
                order.placedAt(), parts(order)));
        return order;
    }

    /** The payment was captured: the saga confirms the order next (at once, after this commits). */
    @Transactional
    public void paid(UUID orderId) {
        store.lock(orderId).filter(order -> order.paid(Instant.now())).ifPresent(order -> signalAfterCommit());
    }

    /** The payment will not be made: the order is undone, and cancelled with the reason. */
    @Transactional
    public void paymentFailed(UUID orderId, String status, String reason) {
        store.lock(orderId).filter(order -> order.status() == OrderStatus.PENDING_PAYMENT).ifPresent(order -> {
            boolean expired = "EXPIRED".equals(status);
            if (order.cancel(expired ? CancelCode.PAYMENT_EXPIRED : CancelCode.PAYMENT_FAILED, (expired
                    ? "The payment was not made in time" : "The payment failed") + (reason == null ? "" : ": "
                    + reason), Instant.now())) {
                order.paymentStatus(status, Instant.now());
                signalAfterCommit();
            }
        });
    }

    /**
     * Starts undoing the order (the saga releases or returns the stock and stops or refunds the payment).
     *
     * @return false when it was being undone already
     */
    @Transactional
    public boolean cancel(UUID orderId, CancelCode code, String reason) {
        boolean started = locked(orderId).cancel(code, reason, Instant.now());
        if (started) {
            signalAfterCommit();
        }
        return started;
    }

    @Transactional
    public void refundRequested(UUID orderId, Money amount, String reason) {
        store.lock(orderId).ifPresent(order -> order.refundRequested(amount, reason, Instant.now()));
    }

    @Transactional
    public void refundProcessed(UUID orderId, Money amount) {
        store.lock(orderId).ifPresent(order -> order.refundProcessed(amount, Instant.now()));
    }

    @Transactional
    public void paymentStatus(UUID orderId, String status) {
        store.lock(orderId).ifPresent(order -> order.paymentStatus(status, Instant.now()));
    }

    @Transactional
    public void askAboutPaymentLater(UUID orderId) {
        store.lock(orderId).ifPresent(order -> order.askAboutPaymentAt(Instant.now().plus(paymentCheckAfter)));
    }

    /**
     * The stock is taken from its lots: each sub-order gets its lots and its invoice number, and the order is
     * confirmed (if it is still being confirmed: a cancellation meanwhile wins, and undoes it).
     */
    @Transactional
    public Optional<CustomerOrder> confirmed(UUID orderId, StockHold hold) {
        CustomerOrder order = locked(orderId);
        if (order.step() != SagaStep.CONFIRM) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<UUID, List<PackAllocation>> picked = new HashMap<>();
        Map<UUID, String> numbers = new HashMap<>();
        // Series rows are taken in GSTIN order: two orders sharing sellers never wait on each other in a circle.
        for (SubOrder subOrder : order.subOrders().stream().sorted(java.util.Comparator.comparing(
                SubOrder::sellerGstin)).toList()) {
            var skus = subOrder.lines().stream().map(OrderLine::sku).collect(Collectors.toSet());
            picked.put(subOrder.id(), hold.allocations().stream().filter(pick -> skus.contains(pick.sku()))
                    .map(pick -> new PackAllocation(pick.sku(), pick.lotId(), pick.lotNumber(), pick.quantity()))
                    .toList());
            numbers.put(subOrder.id(), invoices.next(subOrder.sellerGstin(), today));
        }
        order.confirm(picked, numbers, today, now);
        outbox.publish(OrderEvents.TOPIC, orderId.toString(), "OrderConfirmed", confirmation(order));
        for (SubOrder subOrder : order.subOrders()) {
            outbox.publish(OrderEvents.TOPIC, orderId.toString(), "SubOrderConfirmed",
                    new OrderEvents.SubOrderConfirmed(subOrder.id(), orderId, subOrder.sellerId(), subOrder.sellerId(),
                            subOrder.invoiceNumber(), picks(subOrder), MoneyView.of(subOrder.subtotal()),
                            order.shipTo().city(), order.shipTo().state()));
        }
        return Optional.of(order);
    }

    /**
     * The stock and the payment are undone: cancelled (OrderCancelled), or never placed if the customer was never
     * asked to pay. An order whose payment failed puts its packs back into the cart.
     */
    @Transactional
    public void compensated(UUID orderId) {
        CustomerOrder order = locked(orderId);
        if (order.step() != SagaStep.COMPENSATE) {
            return;
        }
        order.compensated(Instant.now());
        if (order.status() == OrderStatus.CANCELLED) {
            outbox.publish(OrderEvents.TOPIC, orderId.toString(), "OrderCancelled", new OrderEvents.OrderCancelled(
                    orderId, order.customerId(), order.customerId(), order.cancelCode().name(), order.cancelReason(),
                    order.wasConfirmed(), MoneyView.of(order.total()), parts(order)));
            if (order.cancelCode() == CancelCode.PAYMENT_FAILED || order.cancelCode() == CancelCode.PAYMENT_EXPIRED) {
                carts.putBack(order.customerId(), packs(order));
            }
        }
    }

    /** The step failed for now: tried again later. */
    @Transactional
    public void retryLater(UUID orderId, String error) {
        store.lock(orderId).ifPresent(order -> order.retryLater(error, Instant.now()));
    }

    /** The order, locked, if its placing request still has it. */
    private CustomerOrder placing(UUID orderId) {
        CustomerOrder order = locked(orderId);
        if (!order.isBeingPlaced()) {
            throw new PlacingInterrupted(orderId);
        }
        return order;
    }

    private CustomerOrder locked(UUID orderId) {
        return store.lock(orderId).orElseThrow(() -> new IllegalStateException("No order " + orderId));
    }

    /** Wakes the saga driver once this transaction has committed (before, it would find nothing to do). */
    private void signalAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    stepDue.fire(new SagaStepDue());
                }
            }
        });
    }

    private static OrderLine.Taxes taxes(CheckoutQuote.QuotedLine line) {
        Money zero = line.lineTotal().times(0);
        Map<String, Money> heads = new LinkedHashMap<>();
        for (TaxLine tax : line.tax().taxes()) {
            heads.put(tax.name(), tax.amount());
        }
        return new OrderLine.Taxes(line.tax().rate().basisPoints(), line.tax().taxableValue(),
                heads.getOrDefault("CGST", zero), heads.getOrDefault("SGST", zero), heads.getOrDefault("IGST", zero));
    }

    private static Map<String, Integer> packs(CustomerOrder order) {
        Map<String, Integer> packs = new LinkedHashMap<>();
        order.subOrders().forEach(subOrder -> subOrder.lines().forEach(line -> packs.merge(line.sku(),
                line.quantity(), Integer::sum)));
        return packs;
    }

    private static List<OrderEvents.SellerPart> parts(CustomerOrder order) {
        return order.subOrders().stream().map(subOrder -> new OrderEvents.SellerPart(subOrder.id(),
                subOrder.sellerId())).toList();
    }

    private static List<OrderEvents.Pick> picks(SubOrder subOrder) {
        return subOrder.lines().stream().map(line -> new OrderEvents.Pick(line.sku(), line.productName(),
                line.quantity(), subOrder.allocations().stream().filter(pick -> pick.sku().equals(line.sku()))
                .map(pick -> pick.lotNumber() + " x " + pick.quantity()).collect(Collectors.joining(", "))))
                .toList();
    }

    private static OrderEvents.OrderConfirmed confirmation(CustomerOrder order) {
        String currency = order.currency();
        return new OrderEvents.OrderConfirmed(order.id(), order.customerId(), order.customerId(),
                order.paymentMethod(), order.paymentId().orElse(null), order.placedAt(), order.confirmedAt(),
                order.placeOfSupplyCode(), MoneyView.of(order.total()), order.subOrders().stream()
                .map(subOrder -> new OrderEvents.ConfirmedSubOrder(subOrder.id(), subOrder.sellerId(),
                        subOrder.sellerName(), subOrder.sellerStateCode(), subOrder.sellerPan() != null,
                        subOrder.invoiceNumber(), subOrder.lines().stream().map(line -> new OrderEvents.Line(
                        line.sku(), line.productName(), line.category(), line.quantity(),
                        MoneyView.of(line.unitPrice(currency)), MoneyView.of(line.lineTotal(currency)),
                        MoneyView.of(line.taxableValue(currency)))).toList(), MoneyView.of(subOrder.goods()),
                        MoneyView.of(subOrder.shipping()), MoneyView.of(subOrder.codFee()),
                        MoneyView.of(subOrder.subtotal()), subOrder.shippingPaidBy(),
                        MoneyView.of(subOrder.carrierCharge()))).toList());
    }
}
