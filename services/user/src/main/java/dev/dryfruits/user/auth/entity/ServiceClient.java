package dev.dryfruits.user.auth.entity;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * A service of the platform as an OAuth client of the identity service: its client id (the service's name) and the
 * scopes it may be granted, which name what it may call (inventory.reservations: hold and confirm stock).
 */
public record ServiceClient(String id, Set<String> scopes) {

    public static final String EMAIL_DOMAIN = "services.dryfruits.local";

    public ServiceClient {
        scopes = Set.copyOf(scopes);
    }

    /**
     * The subject of its tokens: a UUID derived from the client id, so that a service, like a user, is one stable
     * id wherever the receiving services record who did something (a reservation's holder, say).
     */
    public UUID subject() {
        return UUID.nameUUIDFromBytes(("dryfruits-service:" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Its tokens' upn: the name logs and records show. */
    public String principalName() {
        return id + "@" + EMAIL_DOMAIN;
    }
}
