package dev.dryfruits.local.component;

import dev.dryfruits.local.Service;

/** A running copy of a business service, in the host server or in a server of its own. */
public interface ServiceInstance {

    Service service();

    /** Where the gateway and the probes reach it. */
    String internalUrl();
}
