package dev.dryfruits.gateway.discovery.entity;

import java.net.URI;

/**
 * One running copy of a service, and whether it was ready when last asked. It starts out presumed ready, so a new
 * instance takes traffic as soon as it is listed; its health check corrects that within seconds. Once it has passed a
 * check, one failed check is not enough to take it out (a health answer slower than the check's timeout on a busy
 * machine, a consumer group rebalancing): only several in a row are, as with a Kubernetes readiness probe's
 * failureThreshold. A refused connection takes it out at once ({@link #ready(boolean)}).
 */
public final class Instance {

    private final URI baseUri;
    private volatile boolean ready = true;
    private boolean passedACheck;
    private int failedChecksInARow;

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

    /**
     * The outcome of one health check, by the one thread that checks: ready as soon as a check passes; not ready after
     * {@code failureThreshold} failed checks in a row, or after the first one if none ever passed.
     */
    public void checked(boolean passed, int failureThreshold) {
        if (passed) {
            passedACheck = true;
            failedChecksInARow = 0;
            ready = true;
        } else if (++failedChecksInARow >= failureThreshold || !passedACheck) {
            ready = false;
        }
    }

    @Override
    public String toString() {
        return baseUri + (ready ? " (ready)" : " (not ready)");
    }
}
