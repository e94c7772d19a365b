package dev.dryfruits.order.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step of an order's history: when, the status it reached, and what happened. */
@Embeddable
public class StatusChange {

    @Column(name = "at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrderStatus status;

    @Column(name = "note", nullable = false)
    private String note;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Instant at, OrderStatus status, String note) {
        this.at = at;
        this.status = status;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public OrderStatus status() {
        return status;
    }

    public String note() {
        return note;
    }
}
