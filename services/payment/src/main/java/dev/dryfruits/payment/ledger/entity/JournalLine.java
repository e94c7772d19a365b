package dev.dryfruits.payment.ledger.entity;

import dev.dryfruits.kit.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of an entry: an account and a signed amount in minor units (a debit positive, a credit negative). */
@Embeddable
public class JournalLine {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "account_code", nullable = false)
    private String accountCode;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String memo;

    protected JournalLine() {
        // for JPA
    }

    JournalLine(int lineNo, Posting posting) {
        this.lineNo = lineNo;
        this.accountCode = posting.account();
        this.amountMinor = posting.amount().minorUnits();
        this.currency = posting.amount().currency().getCurrencyCode();
        this.memo = posting.memo();
    }

    public int lineNo() {
        return lineNo;
    }

    public String accountCode() {
        return accountCode;
    }

    /** Signed: a debit is positive, a credit negative. */
    public Money amount() {
        return Money.ofMinor(amountMinor, currency);
    }

    public String memo() {
        return memo;
    }
}
