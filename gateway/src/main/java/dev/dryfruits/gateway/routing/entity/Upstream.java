package dev.dryfruits.gateway.routing.entity;

import java.time.Duration;

/** A service behind the gateway and how long it may take to start answering; its instances are the registry's. */
public record Upstream(String name, Duration timeout) {
}
