package dev.dryfruits.order.orders.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One seller's part of an order: it ships, is invoiced and is paid out on its own. The seller's details are kept as
 * they were when it was sold (they go on the invoice); the invoice number is issued when the order is confirmed.
 */
@Entity
@Table(name = "sub_order")
public class SubOrder {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private CustomerOrder order;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private UUID sellerId;

    @Column(name = "seller_name", nullable = false, updatable = false)
    private String sellerName;

    @Column(name = "seller_gstin", nullable = false, updatable = false)
    private String sellerGstin;

    @Column(name = "seller_pan", updatable = false)
    private String sellerPan;

    @Column(name = "seller_address", nullable = false, updatable = false)
    private String sellerAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "goods_minor", nullable = false, updatable = false)
    private long goodsMinor;

    @Column(name = "shipping_minor", nullable = false, updatable = false)
    private long shippingMinor;

    @Column(name = "cod_fee_minor", nullable = false, updatable = false)
    private long codFeeMinor;

    @Column(name = "subtotal_minor", nullable = false, updatable = false)
    private long subtotalMinor;

    @Column(name = "shipping_paid_by", nullable = false, updatable = false)
    private String shippingPaidBy;

    @Column(name = "carrier_charge_minor", nullable = false, updatable = false)
    private long carrierChargeMinor;

    @Column(name = "shipping_zone", nullable = false, updatable = false)
    private String shippingZone;

    @Column(name = "transit_days", nullable = false, updatable = false)
    private int transitDays;

    @Column(name = "invoice_number")
    private String invoiceNumber;

    @Column(name = "invoice_date")
    private LocalDate invoiceDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "sub_order_id"))
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_allocation", joinColumns = @JoinColumn(name = "sub_order_id"))
    private List<PackAllocation> allocations = new ArrayList<>();

    protected SubOrder() {
        // for JPA
    }

    /** The seller, as the sale names them (and the invoice will). */
    public record Seller(UUID id, String name, String gstin, String pan, String address) {
    }

    /** What the customer pays for this part, and how it ships. */
    public record Charges(Money goods, Money shipping, Money codFee, Money subtotal, String shippingPaidBy,
                          Money carrierCharge, String zone, int transitDays) {
    }

    SubOrder(CustomerOrder order, int position, Seller seller, Charges charges, List<OrderLine> lines) {
        this.id = UUID.randomUUID();
        this.order = order;
        this.position = position;
        this.sellerId = seller.id();
        this.sellerName = seller.name();
        this.sellerGstin = seller.gstin();
        this.sellerPan = seller.pan();
        this.sellerAddress = seller.address();
        this.status = order.status();
        this.goodsMinor = charges.goods().minorUnits();
        this.shippingMinor = charges.shipping().minorUnits();
        this.codFeeMinor = charges.codFee().minorUnits();
        this.subtotalMinor = charges.subtotal().minorUnits();
        this.shippingPaidBy = charges.shippingPaidBy();
        this.carrierChargeMinor = charges.carrierCharge().minorUnits();
        this.shippingZone = charges.zone();
        this.transitDays = charges.transitDays();
        this.lines = new ArrayList<>(lines);
    }

    void moveTo(OrderStatus newStatus) {
        status = newStatus;
    }

    /** Confirmed: its packs' lots, and its invoice. */
    void confirmed(List<PackAllocation> picked, String number, LocalDate date) {
        allocations = new ArrayList<>(picked);
        invoiceNumber = number;
        invoiceDate = date;
        status = OrderStatus.CONFIRMED;
    }

    public UUID id() {
        return id;
    }

    public CustomerOrder order() {
        return order;
    }

    public int position() {
        return position;
    }

    public UUID sellerId() {
        return sellerId;
    }

    public String sellerName() {
        return sellerName;
    }

    public String sellerGstin() {
        return sellerGstin;
    }

    public String sellerPan() {
        return sellerPan;
    }

    /** The GST state code the seller is registered in. */
    public String sellerStateCode() {
        return sellerGstin.substring(0, 2);
    }

    public String sellerAddress() {
        return sellerAddress;
    }

    public OrderStatus status() {
        return status;
    }

    private String currency() {
        return order.currency();
    }

    public Money goods() {
        return Money.ofMinor(goodsMinor, currency());
    }

    public Money shipping() {
        return Money.ofMinor(shippingMinor, currency());
    }

    public Money codFee() {
        return Money.ofMinor(codFeeMinor, currency());
    }

    public Money subtotal() {
        return Money.ofMinor(subtotalMinor, currency());
    }

    public String shippingPaidBy() {
        return shippingPaidBy;
    }

    public Money carrierCharge() {
        return Money.ofMinor(carrierChargeMinor, currency());
    }

    public String shippingZone() {
        return shippingZone;
    }

    public int transitDays() {
        return transitDays;
    }

    public String invoiceNumber() {
        return invoiceNumber;
    }

    public LocalDate invoiceDate() {
        return invoiceDate;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<PackAllocation> allocations() {
        return List.copyOf(allocations);
    }
}
