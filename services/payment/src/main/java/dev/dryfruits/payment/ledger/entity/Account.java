package dev.dryfruits.payment.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An account of the ledger: the platform's own (customer payments clearing, processor receivable, revenues, taxes
 * payable...) and one payable per seller, {@code seller-payable:<seller id>}, made at the seller's first sale.
 */
@Entity
@Table(name = "ledger_account")
public class Account {

    public static final String CUSTOMER_PAYMENTS_CLEARING = "customer-payments-clearing";
    public static final String PROCESSOR_RECEIVABLE = "processor-receivable";
    public static final String COD_RECEIVABLE = "cod-receivable";
    public static final String COMMISSION_REVENUE = "platform-commission-revenue";
    public static final String FEE_REVENUE = "platform-fee-revenue";
    public static final String GST_OUTPUT_PAYABLE = "gst-output-payable";
    public static final String TCS_PAYABLE = "tcs-payable";
    public static final String TDS_PAYABLE = "tds-payable";
    public static final String SHIPPING_PAYABLE = "shipping-payable";
    public static final String REFUNDS_PAYABLE = "refunds-payable";
    private static final String SELLER_PAYABLE = "seller-payable:";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;

    @Column(name = "seller_id")
    private UUID sellerId;

    protected Account() {
        // for JPA
    }

    public static String sellerPayable(UUID sellerId) {
        return SELLER_PAYABLE + sellerId;
    }

    /** The seller whose payable this account code is; empty for the platform's own accounts. */
    public static java.util.Optional<UUID> sellerOf(String code) {
        return code.startsWith(SELLER_PAYABLE) ? java.util.Optional.of(UUID.fromString(code.substring(
                SELLER_PAYABLE.length()))) : java.util.Optional.empty();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AccountKind kind() {
        return kind;
    }

    public UUID sellerId() {
        return sellerId;
    }
}
