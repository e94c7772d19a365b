package dev.dryfruits.shipping.rates.entity;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.shipping.pincodes.entity.PincodeArea;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The shipping rates in force from a date until the next card's date: what each zone costs per weight slab, how
 * billed weight is found (slab size, volumetric divisor), the cash-on-delivery charge, and the lists zoning reads
 * (metro cities, special-zone states, states without cash on delivery). Cards are never changed: a new rate is a
 * new card from a later date, so every quote can say which card priced it.
 */
@Entity
@Table(name = "rate_card")
public class RateCard {

    @Id
    private UUID id;

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(name = "slab_grams", nullable = false)
    private int slabGrams;

    @Column(name = "volumetric_divisor", nullable = false)
    private int volumetricDivisor;

    @Column(name = "cod_flat_paise", nullable = false)
    private long codFlatPaise;

    @Column(name = "cod_basis_points", nullable = false)
    private int codBasisPoints;

    @Column(name = "metro_cities", nullable = false)
    private String metroCities;

    @Column(name = "special_states", nullable = false)
    private String specialStates;

    @Column(name = "cod_excluded_states", nullable = false)
    private String codExcludedStates;

    @Column(nullable = false)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private UUID createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rate_card_zone", joinColumns = @JoinColumn(name = "rate_card_id"))
    private List<ZoneRate> zones = new ArrayList<>();

    protected RateCard() {
        // for JPA
    }

    public RateCard(Terms terms, List<ZoneRate> zones, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.effectiveFrom = terms.effectiveFrom();
        this.slabGrams = terms.slabGrams();
        this.volumetricDivisor = terms.volumetricDivisor();
        this.codFlatPaise = terms.codFlatPaise();
        this.codBasisPoints = terms.codBasisPoints();
        this.metroCities = String.join(",", new TreeSet<>(terms.metroCities()));
        this.specialStates = String.join(",", new TreeSet<>(terms.specialStates()));
        this.codExcludedStates = String.join(",", new TreeSet<>(terms.codExcludedStates()));
        this.source = terms.source();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.zones = new ArrayList<>(zones);
    }

    /** Everything on a card but its zone prices. */
    public record Terms(LocalDate effectiveFrom, int slabGrams, int volumetricDivisor, long codFlatPaise,
                        int codBasisPoints, Set<String> metroCities, Set<String> specialStates,
                        Set<String> codExcludedStates, String source) {
    }

    public UUID id() {
        return id;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public int slabGrams() {
        return slabGrams;
    }

    public int volumetricDivisor() {
        return volumetricDivisor;
    }

    public long codFlatPaise() {
        return codFlatPaise;
    }

    public int codBasisPoints() {
        return codBasisPoints;
    }

    public Set<String> metroCities() {
        return list(metroCities);
    }

    public Set<String> specialStates() {
        return list(specialStates);
    }

    public Set<String> codExcludedStates() {
        return list(codExcludedStates);
    }

    public String source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ZoneRate> zones() {
        return zones.stream().sorted(Comparator.comparing(ZoneRate::zone)).toList();
    }

    public ZoneRate rate(Zone zone) {
        return zones.stream().filter(rate -> rate.zone() == zone).findFirst()
                .orElseThrow(() -> new IllegalStateException("Rate card " + effectiveFrom + " has no zone " + zone));
    }

    /**
     * The zone from a pickup pincode to a delivery pincode: the same city is A, the same state B; a delivery into a
     * special-zone state E; between two metro cities C; anything else D.
     */
    public Zone zone(PincodeArea from, PincodeArea to) {
        if (from.sharesCityWith(to)) {
            return Zone.A;
        }
        if (from.sharesStateWith(to)) {
            return Zone.B;
        }
        if (to.states().stream().anyMatch(state -> specialStates().contains(state.code()))) {
            return Zone.E;
        }
        Set<String> metros = metroCities();
        if (metros.contains(from.city()) && metros.contains(to.city())) {
            return Zone.C;
        }
        return Zone.D;
    }

    /** Whether cash can be collected at this pincode (not in states the card excludes, such as the islands). */
    public boolean collectsCashIn(PincodeArea area) {
        return area.states().stream().noneMatch(state -> codExcludedStates().contains(state.code()));
    }

    /**
     * The weight a parcel is billed at: its actual weight or its volumetric weight (L x B x H in cm divided by the
     * divisor, in kg), whichever is more, rounded up to whole slabs. Answers the number of slabs.
     */
    public int slabs(long actualGrams, long cubicCentimetres) {
        long volumetricGrams = volumetricGrams(cubicCentimetres);
        long billed = Math.max(1, Math.max(actualGrams, volumetricGrams));
        return Math.toIntExact((billed + slabGrams - 1) / slabGrams);
    }

    /** L x B x H / divisor kilograms, in grams, rounded up. */
    public long volumetricGrams(long cubicCentimetres) {
        return (Math.multiplyExact(cubicCentimetres, 1000L) + volumetricDivisor - 1) / volumetricDivisor;
    }

    /** The cash-on-delivery charge on an amount to collect: the flat charge or the percentage, whichever is more. */
    public long codChargePaise(long collectPaise) {
        return Math.max(codFlatPaise, Money.ofMinor(collectPaise, "INR").share(codBasisPoints).minorUnits());
    }

    private static Set<String> list(String joined) {
        return joined.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }
}
