package dev.dryfruits.kit.rest;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.spi.RestClientBuilderListener;

/**
 * Every REST client of a service finds its peer's instances the same way, without a line in its interface: this
 * listener (a java.util.ServiceLoader provider, as MicroProfile Rest Client defines it) registers
 * {@link DiscoveredInstances} on each new client.
 */
public class DiscoveryRegistration implements RestClientBuilderListener {

    @Override
    public void onNewBuilder(RestClientBuilder builder) {
        builder.register(DiscoveredInstances.class);
    }
}
