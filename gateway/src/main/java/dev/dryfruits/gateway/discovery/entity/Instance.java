package dev.dryfruits.gateway.discovery.entity;

import java.net.URI;

/**
 * One running copy of a service, and whether it was ready when last asked. It starts out presumed ready, so a new
 * instance takes traffic as soon as it is listed; its health check corrects that within seconds.
 */
public final class Instance {

    private final URI baseUri;
    private volatile boolean ready = true;

    public Instance(URI baseUri) {
        this.baseUri = baseUri;
    }

    public URI baseUri() {
        return baseUri;
    }

    public boolean isReady() {
        return ready;
    }

    public void ready(boolean isReady) {
        this.ready = isReady;
    }

    @Override
    public String toString() {
        return baseUri + (ready ? " (ready)" : " (not ready)");
    }
}
