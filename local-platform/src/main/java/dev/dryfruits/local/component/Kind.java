package dev.dryfruits.local.component;

/** Start order: infrastructure first, then the services, then the gateway; stop order is the reverse. */
public enum Kind {
    INFRASTRUCTURE, SERVICE, GATEWAY
}
