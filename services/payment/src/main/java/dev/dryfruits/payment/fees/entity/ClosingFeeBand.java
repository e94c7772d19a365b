package dev.dryfruits.payment.fees.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The fixed closing fee per pack priced up to {@code upToMinor} (inclusive); the last band has no upper bound. */
@Embeddable
public class ClosingFeeBand {

    @Column(name = "up_to_minor")
    private Long upToMinor;

    @Column(name = "fee_minor", nullable = false)
    private long feeMinor;

    protected ClosingFeeBand() {
        // for JPA
    }

    public ClosingFeeBand(Long upToMinor, long feeMinor) {
        this.upToMinor = upToMinor;
        this.feeMinor = feeMinor;
    }

    /** Null for the open-ended last band. */
    public Long upToMinor() {
        return upToMinor;
    }

    public long feeMinor() {
        return feeMinor;
    }

    public boolean covers(long priceMinor) {
        return upToMinor == null || priceMinor <= upToMinor;
    }
}
