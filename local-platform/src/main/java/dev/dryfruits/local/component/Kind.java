package dev.dryfruits.local.component;

/**
 * Start order: infrastructure first, then the servers (the host of the services, servers of single services, the
 * gateway), all at once; stop order is the reverse: the gateway, single services, the host, the infrastructure.
 */
public enum Kind {
    INFRASTRUCTURE, HOST, SERVICE, GATEWAY
}
