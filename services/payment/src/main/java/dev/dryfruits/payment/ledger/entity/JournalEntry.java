package dev.dryfruits.payment.ledger.entity;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One money event, recorded once and never changed: its lines sum to zero in each currency (a debit for every
 * credit), and its source key names what caused it (a capture, a sub-order's sale, a refund), so the same event can
 * never be entered twice. A correction is another entry.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    private UUID id;

    @Column(name = "source_key", nullable = false, unique = true, updatable = false)
    private String sourceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EntryKind kind;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "order_id", updatable = false)
    private UUID orderId;

    @Column(name = "sub_order_id", updatable = false)
    private UUID subOrderId;

    @Column(name = "payment_id", updatable = false)
    private UUID paymentId;

    @Column(name = "posted_at", nullable = false, updatable = false)
    private Instant postedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderBy("lineNo")
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {
        // for JPA
    }

    /**
     * @throws IllegalArgumentException when the postings do not balance in every currency, or there are none
     */
    public JournalEntry(String sourceKey, EntryKind kind, String description, Reference reference,
                        List<Posting> postings, Instant now) {
        List<Posting> nonZero = postings.stream().filter(posting -> posting.amount().minorUnits() != 0).toList();
        if (nonZero.isEmpty()) {
            throw new IllegalArgumentException("An entry needs at least one line: " + sourceKey);
        }
        Map<Currency, Long> sums = new HashMap<>();
        nonZero.forEach(posting -> sums.merge(posting.amount().currency(), posting.amount().minorUnits(), Math::addExact));
        sums.forEach((currency, sum) -> {
            if (sum != 0) {
                throw new IllegalArgumentException("Entry " + sourceKey + " does not balance in " + currency + " by "
                        + Money.ofMinor(sum, currency.getCurrencyCode()));
            }
        });
        this.id = UUID.randomUUID();
        this.sourceKey = sourceKey;
        this.kind = kind;
        this.description = description;
        this.orderId = reference.orderId();
        this.subOrderId = reference.subOrderId();
        this.paymentId = reference.paymentId();
        this.postedAt = now;
        for (int index = 0; index < nonZero.size(); index++) {
            lines.add(new JournalLine(index + 1, nonZero.get(index)));
        }
    }

    /** What an entry is about, for finding it again: an order, one seller's sub-order, a payment (each optional). */
    public record Reference(UUID orderId, UUID subOrderId, UUID paymentId) {
    }

    public UUID id() {
        return id;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public EntryKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID subOrderId() {
        return subOrderId;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public List<JournalLine> lines() {
        return List.copyOf(lines);
    }
}
