package dev.dryfruits.shipping.rates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One zone's price on a rate card, in paise: the first weight slab, each further slab, and the days in transit. */
@Embeddable
public class ZoneRate {

    @Enumerated(EnumType.STRING)
    @Column(name = "zone", nullable = false)
    private Zone zone;

    @Column(name = "first_slab_paise", nullable = false)
    private long firstSlabPaise;

    @Column(name = "additional_slab_paise", nullable = false)
    private long additionalSlabPaise;

    @Column(name = "transit_days", nullable = false)
    private int transitDays;

    protected ZoneRate() {
        // for JPA
    }

    public ZoneRate(Zone zone, long firstSlabPaise, long additionalSlabPaise, int transitDays) {
        this.zone = zone;
        this.firstSlabPaise = firstSlabPaise;
        this.additionalSlabPaise = additionalSlabPaise;
        this.transitDays = transitDays;
    }

    public Zone zone() {
        return zone;
    }

    public long firstSlabPaise() {
        return firstSlabPaise;
    }

    public long additionalSlabPaise() {
        return additionalSlabPaise;
    }

    public int transitDays() {
        return transitDays;
    }

    /** The charge for this many slabs (at least one). */
    public long chargeFor(int slabs) {
        return Math.addExact(firstSlabPaise, Math.multiplyExact(additionalSlabPaise, Math.max(0, slabs - 1)));
    }
}
