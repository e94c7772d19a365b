package dev.dryfruits.payment.ledger.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.payment.fees.control.SaleCharging;
import dev.dryfruits.payment.fees.entity.Sale;
import dev.dryfruits.payment.fees.entity.SaleCharges;
import dev.dryfruits.payment.fees.entity.TaxHead;
import dev.dryfruits.payment.ledger.entity.Account;
import dev.dryfruits.payment.ledger.entity.EntryKind;
import dev.dryfruits.payment.ledger.entity.JournalEntry;
import dev.dryfruits.payment.ledger.entity.OrderEvents.CancelledSubOrder;
import dev.dryfruits.payment.ledger.entity.OrderEvents.OrderCancelled;
import dev.dryfruits.payment.ledger.entity.OrderEvents.OrderConfirmed;
import dev.dryfruits.payment.ledger.entity.OrderEvents.SubOrder;
import dev.dryfruits.payment.ledger.entity.Posting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each seller's part of a confirmed order, as one balanced entry: what the customer paid for it leaves the clearing
 * account (or, for cash on delivery, becomes the carrier's to collect); the goods become the seller's earnings, the
 * shipment's charges the carrier's; the fees (commission, closing, collection), GST on them, TCS and TDS are taken
 * from the earnings into the platform's revenue and the taxes payable. A sub-order cancelled after its sale is
 * undone by the exact opposite entry.
 */
@ApplicationScoped
public class Sales {

    static final String COD = "COD";

    @Inject
    Journal journal;

    @Inject
    SaleCharging charging;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.zone")
    ZoneId zone;

    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmed(OrderConfirmed order) {
        LocalDate day = LocalDate.ofInstant(order.placedAt(), zone);
        for (SubOrder subOrder : order.subOrders()) {
            Sale sale = sale(order, subOrder, day);
            SaleCharges charges = charging.charges(sale);
            journal.post(saleKey(subOrder.subOrderId()), EntryKind.SALE, "Sale: sub-order " + subOrder.subOrderId()
                            + " of order " + order.orderId() + " (fee schedule " + charges.scheduleId() + ")",
                    new JournalEntry.Reference(order.orderId(), subOrder.subOrderId(), order.paymentId().orElse(null)),
                    postings(order, subOrder, sale, charges));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(OrderCancelled order) {
        for (CancelledSubOrder subOrder : order.subOrders()) {
            journal.find(saleKey(subOrder.subOrderId())).ifPresent(sale -> journal.post(
                    "sale-reversal:" + subOrder.subOrderId(), EntryKind.SALE_REVERSAL, "Cancelled: sub-order "
                            + subOrder.subOrderId() + " (" + order.reason() + ")",
                    new JournalEntry.Reference(order.orderId(), subOrder.subOrderId(), sale.paymentId()),
                    sale.lines().stream().map(line -> new Posting(line.accountCode(), line.amount(), line.memo())
                            .reversed()).toList()));
        }
    }

    static String saleKey(java.util.UUID subOrderId) {
        return "sale:" + subOrderId;
    }

    private static Sale sale(OrderConfirmed order, SubOrder subOrder, LocalDate day) {
        return new Sale(day, order.paymentMethod(), subOrder.sellerStateCode(), order.placeOfSupplyCode(),
                subOrder.sellerHasPan(), subOrder.lines().stream().map(line -> new Sale.Line(line.category(),
                        line.quantity(), line.unitPrice().toMoney(), line.lineTotal().toMoney(), line.taxableValue().toMoney()))
                .toList(), subOrder.shipping().toMoney(), subOrder.codFee().toMoney());
    }

    private static List<Posting> postings(OrderConfirmed order, SubOrder subOrder, Sale sale, SaleCharges charges) {
        String seller = Account.sellerPayable(subOrder.sellerId());
        int packs = subOrder.lines().stream().mapToInt(line -> line.quantity()).sum();
        List<Posting> postings = new ArrayList<>();
        boolean cod = COD.equals(order.paymentMethod());
        postings.add(Posting.debit(cod ? Account.COD_RECEIVABLE : Account.CUSTOMER_PAYMENTS_CLEARING, sale.paid(),
                cod ? "To be collected on delivery by the carrier" : "Paid by the customer"));
        postings.add(Posting.credit(seller, sale.goods(), "Sale: " + packs + (packs == 1 ? " pack" : " packs")));
        postings.add(Posting.credit(Account.SHIPPING_PAYABLE, sale.shipping().plus(sale.codFee()),
                "Shipping and COD charges paid by the customer, for the carrier"));
        if ("SELLER".equals(subOrder.shippingPaidBy())) {
            Money carrier = subOrder.carrierCharge().toMoney();
            postings.add(Posting.debit(seller, carrier, "Shipping borne by the seller"));
            postings.add(Posting.credit(Account.SHIPPING_PAYABLE, carrier, "Shipping borne by the seller"));
        }
        postings.add(Posting.debit(seller, charges.commission(), "Commission"));
        postings.add(Posting.credit(Account.COMMISSION_REVENUE, charges.commission(), "Commission"));
        postings.add(Posting.debit(seller, charges.closingFee(), "Closing fee"));
        postings.add(Posting.credit(Account.FEE_REVENUE, charges.closingFee(), "Closing fee"));
        String collection = "Collection fee (" + percent(charges.collectionBp()) + " %, " + order.paymentMethod() + ")";
        postings.add(Posting.debit(seller, charges.collectionFee(), collection));
        postings.add(Posting.credit(Account.FEE_REVENUE, charges.collectionFee(), collection));
        for (TaxHead head : charges.gstOnFees()) {
            String memo = "GST on fees: " + head.name() + " " + percent(head.basisPoints()) + " %";
            postings.add(Posting.debit(seller, head.amount(), memo));
            postings.add(Posting.credit(Account.GST_OUTPUT_PAYABLE, head.amount(), memo));
        }
        for (TaxHead head : charges.tcs()) {
            String memo = "TCS (CGST Act s.52): " + head.name() + " " + percent(head.basisPoints()) + " %";
            postings.add(Posting.debit(seller, head.amount(), memo));
            postings.add(Posting.credit(Account.TCS_PAYABLE, head.amount(), memo));
        }
        String tds = "TDS (Income-tax Act s.194-O): " + percent(charges.tdsBp()) + " %";
        postings.add(Posting.debit(seller, charges.tds(), tds));
        postings.add(Posting.credit(Account.TDS_PAYABLE, charges.tds(), tds));
        return postings;
    }

    private static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
    }
}
