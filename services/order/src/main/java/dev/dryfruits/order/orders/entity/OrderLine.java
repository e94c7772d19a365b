package dev.dryfruits.order.orders.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * A line of a sub-order as it was sold: the pack, its quantity and price (GST included), and the GST the line
 * contains, per head (CGST + SGST within the seller's state, IGST otherwise), as on the invoice.
 */
@Embeddable
public class OrderLine {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false)
    private String sku;

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String hsn;

    @Column(name = "pack_grams", nullable = false)
    private int packGrams;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(name = "line_total_minor", nullable = false)
    private long lineTotalMinor;

    @Column(name = "taxable_minor", nullable = false)
    private long taxableMinor;

    @Column(name = "tax_rate_bp", nullable = false)
    private int taxRateBp;

    @Column(name = "cgst_minor", nullable = false)
    private long cgstMinor;

    @Column(name = "sgst_minor", nullable = false)
    private long sgstMinor;

    @Column(name = "igst_minor", nullable = false)
    private long igstMinor;

    protected OrderLine() {
        // for JPA
    }

    /** The taxes as CGST, SGST and IGST amounts (zero where they do not apply). */
    public record Taxes(int rateBp, Money taxable, Money cgst, Money sgst, Money igst) {
    }

    public OrderLine(int lineNo, String sku, UUID productId, String productName, String category, String hsn,
                     int packGrams, int quantity, Money unitPrice, Money lineTotal, Taxes taxes) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.productId = productId;
        this.productName = productName;
        this.category = category;
        this.hsn = hsn;
        this.packGrams = packGrams;
        this.quantity = quantity;
        this.unitPriceMinor = unitPrice.minorUnits();
        this.lineTotalMinor = lineTotal.minorUnits();
        this.taxableMinor = taxes.taxable().minorUnits();
        this.taxRateBp = taxes.rateBp();
        this.cgstMinor = taxes.cgst().minorUnits();
        this.sgstMinor = taxes.sgst().minorUnits();
        this.igstMinor = taxes.igst().minorUnits();
    }

    public int lineNo() {
        return lineNo;
    }

    public String sku() {
        return sku;
    }

    public UUID productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public String category() {
        return category;
    }

    public String hsn() {
        return hsn;
    }

    public int packGrams() {
        return packGrams;
    }

    public int quantity() {
        return quantity;
    }

    public Money unitPrice(String currency) {
        return Money.ofMinor(unitPriceMinor, currency);
    }

    public Money lineTotal(String currency) {
        return Money.ofMinor(lineTotalMinor, currency);
    }

    public Money taxableValue(String currency) {
        return Money.ofMinor(taxableMinor, currency);
    }

    public int taxRateBp() {
        return taxRateBp;
    }

    public Money cgst(String currency) {
        return Money.ofMinor(cgstMinor, currency);
    }

    public Money sgst(String currency) {
        return Money.ofMinor(sgstMinor, currency);
    }

    public Money igst(String currency) {
        return Money.ofMinor(igstMinor, currency);
    }
}
