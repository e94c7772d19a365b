package dev.dryfruits.notification.sms.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** How the sandbox provider behaves, shared by every replica: it can be told to fail, or to be slow. */
@Entity
@Table(name = "sandbox_sms_behaviour")
public class SandboxBehaviour {

    public static final int ONLY = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private boolean failing;

    @Column(name = "latency_millis", nullable = false)
    private int latencyMillis;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SandboxBehaviour() {
        // for JPA
    }

    public void change(boolean fail, Duration latency, Instant now) {
        this.failing = fail;
        this.latencyMillis = (int) latency.toMillis();
        this.updatedAt = now;
    }

    public boolean failing() {
        return failing;
    }

    public Duration latency() {
        return Duration.ofMillis(latencyMillis);
    }
}
