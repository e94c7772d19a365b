package dev.dryfruits.gateway.routing.entity;

import java.net.URI;
import java.time.Duration;

/** A service behind the gateway: where it is and how long it may take to start answering. */
public record Upstream(String name, URI baseUri, Duration timeout) {

    public URI resolve(String pathAndQuery) {
        return baseUri.resolve(pathAndQuery);
    }
}
