package dev.dryfruits.inventory.reservations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** Packs of one SKU a reservation takes from one lot. */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reservation_id", nullable = false)
    private Reservation reservation;

    @Column(name = "lot_id", nullable = false)
    private UUID lotId;

    @Column(name = "lot_number", nullable = false)
    private String lotNumber;

    @Column(nullable = false)
    private String sku;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false)
    private int position;

    protected Allocation() {
        // for JPA
    }

    Allocation(Reservation reservation, LotPick pick, int position) {
        this.id = UUID.randomUUID();
        this.reservation = reservation;
        this.lotId = pick.lotId();
        this.lotNumber = pick.lotNumber();
        this.sku = pick.sku();
        this.quantity = pick.quantity();
        this.position = position;
    }

    public UUID lotId() {
        return lotId;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public String sku() {
        return sku;
    }

    public int quantity() {
        return quantity;
    }

    public Reservation reservation() {
        return reservation;
    }
}
