package dev.dryfruits.order.orders.boundary;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.order.orders.entity.CustomerOrder;
import dev.dryfruits.order.orders.entity.OrderLine;
import dev.dryfruits.order.orders.entity.ShipTo;
import dev.dryfruits.order.orders.entity.SubOrder;
import dev.dryfruits.order.tax.entity.GstRate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The orders' JSON shapes: the customer's (and administrators') order, the seller's sub-order, an invoice. */
public final class OrderViews {

    private OrderViews() {
    }

    @Schema(name = "Order", description = "An order from one checkout, with one sub-order per seller")
    public record OrderView(UUID id, UUID customerId,
                            @Schema(enumeration = {"PLACING", "PENDING_PAYMENT", "CONFIRMED", "CANCELLING",
                                    "CANCELLED", "NOT_PLACED"}) String status,
                            @Schema(enumeration = {"UPI", "CARD", "NETBANKING", "COD"}) String paymentMethod,
                            PaymentView payment, List<SubOrderView> subOrders, MoneyView goods, MoneyView shipping,
                            MoneyView codFee, MoneyView total, PlaceView placeOfSupply, ShipToView shipTo,
                            CancellationView cancellation, RefundView refund, List<HistoryView> history,
                            Instant placedAt, Instant confirmedAt, Instant updatedAt) {

        static OrderView of(CustomerOrder order) {
            var totals = order.totals();
            return new OrderView(order.id(), order.customerId(), order.status().name(), order.paymentMethod(),
                    new PaymentView(order.paymentId().orElse(null), order.paymentStatus(),
                            order.paymentActionUrl() == null ? null
                                    : new NextActionView(order.paymentActionType(), order.paymentActionUrl())),
                    order.subOrders().stream().map(SubOrderView::of).toList(), MoneyView.of(totals.goods()),
                    MoneyView.of(totals.shipping()), MoneyView.of(totals.codFee()), MoneyView.of(totals.total()),
                    new PlaceView(order.placeOfSupplyCode(), order.placeOfSupplyName()), ShipToView.of(order.shipTo()),
                    order.cancelCode() == null ? null
                            : new CancellationView(order.cancelCode().name(), order.cancelReason()),
                    new RefundView(MoneyView.of(order.refundPending()), MoneyView.of(order.refunded())),
                    order.history().stream().map(change -> new HistoryView(change.at(), change.status().name(),
                            change.note())).toList(), order.placedAt(), order.confirmedAt(), order.updatedAt());
        }
    }

    @Schema(name = "OrderPayment", description = "The order's payment: where the customer approves it while it is open")
    public record PaymentView(UUID id, String status, NextActionView nextAction) {
    }

    @Schema(name = "OrderPaymentNextAction")
    public record NextActionView(@Schema(enumeration = {"upi_intent", "three_d_secure", "redirect"}) String type,
                                 String url) {
    }

    @Schema(name = "OrderCancellation")
    public record CancellationView(@Schema(enumeration = {"OUT_OF_STOCK", "NOT_PLACED", "PAYMENT_FAILED",
            "PAYMENT_EXPIRED", "STOCK_LOST", "CUSTOMER", "ADMINISTRATOR"}) String code, String reason) {
    }

    @Schema(name = "OrderRefund", description = "Refunds on their way to the customer, and paid back")
    public record RefundView(MoneyView pending, MoneyView refunded) {
    }

    @Schema(name = "OrderHistory")
    public record HistoryView(Instant at, String status, String note) {
    }

    @Schema(name = "PlaceOfSupply")
    public record PlaceView(String code, String name) {
    }

    @Schema(name = "ShipTo")
    public record ShipToView(UUID addressId, String recipientName, String phone, String line1, String line2,
                             String landmark, String city, String state, String postalCode, String country) {

        static ShipToView of(ShipTo to) {
            return new ShipToView(to.addressId(), to.recipientName(), to.phone(), to.line1(), to.line2(),
                    to.landmark(), to.city(), to.state(), to.postalCode(), to.country());
        }
    }

    @Schema(name = "SubOrder", description = "One seller's part: it ships, is invoiced and paid out on its own")
    public record SubOrderView(UUID id, UUID orderId, UUID sellerId, String sellerName, String sellerGstin,
                               String status, List<LineView> lines, MoneyView goods, MoneyView shipping,
                               MoneyView codFee, MoneyView subtotal, String shippingZone, int transitDays,
                               @Schema(enumeration = {"CUSTOMER", "SELLER"}) String shippingPaidBy,
                               String invoiceNumber, LocalDate invoiceDate,
                               @Schema(description = "What to pack: each SKU's packs by lot, first expiry first")
                               List<PickView> packing) {

        static SubOrderView of(SubOrder subOrder) {
            String currency = subOrder.order().currency();
            return new SubOrderView(subOrder.id(), subOrder.order().id(), subOrder.sellerId(), subOrder.sellerName(),
                    subOrder.sellerGstin(), subOrder.status().name(), subOrder.lines().stream()
                    .map(line -> LineView.of(line, currency)).toList(), MoneyView.of(subOrder.goods()),
                    MoneyView.of(subOrder.shipping()), MoneyView.of(subOrder.codFee()),
                    MoneyView.of(subOrder.subtotal()), subOrder.shippingZone(), subOrder.transitDays(),
                    subOrder.shippingPaidBy(), subOrder.invoiceNumber(), subOrder.invoiceDate(),
                    subOrder.allocations().stream().map(pick -> new PickView(pick.sku(), pick.lotId(),
                            pick.lotNumber(), pick.quantity())).toList());
        }
    }

    @Schema(name = "OrderLine")
    public record LineView(String sku, UUID productId, String productName, int packGrams, int quantity,
                           MoneyView unitPrice, MoneyView lineTotal, String hsn, MoneyView taxableValue,
                           List<TaxView> taxes) {

        static LineView of(OrderLine line, String currency) {
            List<TaxView> taxes = new ArrayList<>();
            addTax(taxes, "CGST", line.taxRateBp() / 2, line.cgst(currency));
            addTax(taxes, "SGST", line.taxRateBp() / 2, line.sgst(currency));
            addTax(taxes, "IGST", line.taxRateBp(), line.igst(currency));
            return new LineView(line.sku(), line.productId(), line.productName(), line.packGrams(), line.quantity(),
                    MoneyView.of(line.unitPrice(currency)), MoneyView.of(line.lineTotal(currency)), line.hsn(),
                    MoneyView.of(line.taxableValue(currency)), taxes);
        }

        private static void addTax(List<TaxView> taxes, String name, int basisPoints, Money amount) {
            if (amount.minorUnits() != 0) {
                taxes.add(new TaxView(name, GstRate.percent(basisPoints), MoneyView.of(amount)));
            }
        }
    }

    @Schema(name = "OrderTax")
    public record TaxView(@Schema(enumeration = {"CGST", "SGST", "IGST"}) String name,
                          @Schema(description = "Percent", example = "2.5") String rate, MoneyView amount) {
    }

    @Schema(name = "PackPick", description = "Packs of a SKU from one lot")
    public record PickView(String sku, UUID lotId, String lotNumber, int quantity) {
    }

    @Schema(name = "SellerSubOrder", description = "A sub-order as its seller sees it: what to pack and where it goes")
    public record SellerSubOrderView(SubOrderView subOrder, String orderStatus, Instant placedAt,
                                     Instant confirmedAt, ShipToView shipTo) {

        static SellerSubOrderView of(SubOrder subOrder) {
            CustomerOrder order = subOrder.order();
            return new SellerSubOrderView(SubOrderView.of(subOrder), order.status().name(), order.placedAt(),
                    order.confirmedAt(), ShipToView.of(order.shipTo()));
        }
    }

    @Schema(name = "TaxInvoice", description = "The seller's tax invoice for a sub-order, with the particulars CGST"
            + " rule 46 asks for (issued when the order is confirmed)")
    public record InvoiceView(String invoiceNumber, LocalDate invoiceDate, PartyView supplier, PartyView recipient,
                              PlaceView placeOfSupply, boolean reverseCharge, List<LineView> lines,
                              MoneyView taxableValue, MoneyView cgst, MoneyView sgst, MoneyView igst,
                              @Schema(description = "The goods' total, taxes included (shipping is the carrier's"
                                      + " charge, not the seller's supply)") MoneyView total) {

        static InvoiceView of(SubOrder subOrder) {
            CustomerOrder order = subOrder.order();
            String currency = order.currency();
            Money zero = Money.ofMinor(0, currency);
            Money taxable = zero;
            Money cgst = zero;
            Money sgst = zero;
            Money igst = zero;
            for (OrderLine line : subOrder.lines()) {
                taxable = taxable.plus(line.taxableValue(currency));
                cgst = cgst.plus(line.cgst(currency));
                sgst = sgst.plus(line.sgst(currency));
                igst = igst.plus(line.igst(currency));
            }
            ShipTo to = order.shipTo();
            String recipientAddress = String.join(", ", java.util.stream.Stream.of(to.line1(), to.line2(),
                    to.landmark(), to.city(), to.state() + " " + to.postalCode()).filter(part -> part != null
                    && !part.isBlank()).toList());
            return new InvoiceView(subOrder.invoiceNumber(), subOrder.invoiceDate(),
                    new PartyView(subOrder.sellerName(), subOrder.sellerAddress(), subOrder.sellerGstin(),
                            subOrder.sellerStateCode()),
                    new PartyView(to.recipientName(), recipientAddress, null, order.placeOfSupplyCode()),
                    new PlaceView(order.placeOfSupplyCode(), order.placeOfSupplyName()), false,
                    subOrder.lines().stream().map(line -> LineView.of(line, currency)).toList(),
                    MoneyView.of(taxable), MoneyView.of(cgst), MoneyView.of(sgst), MoneyView.of(igst),
                    MoneyView.of(subOrder.goods()));
        }
    }

    @Schema(name = "InvoiceParty")
    public record PartyView(String name, String address, String gstin, String stateCode) {
    }
}
