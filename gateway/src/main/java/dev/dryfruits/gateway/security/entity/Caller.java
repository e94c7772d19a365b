package dev.dryfruits.gateway.security.entity;

import java.util.Optional;
import java.util.Set;

/** Who is calling: the verified token's subject and groups, or nobody but a network address. */
public record Caller(Optional<String> subject, Set<String> groups, String address) {

    public static Caller anonymous(String address) {
        return new Caller(Optional.empty(), Set.of(), address);
    }

    public static Caller authenticated(String subject, Set<String> groups, String address) {
        return new Caller(Optional.of(subject), Set.copyOf(groups), address);
    }

    /** Signed-in callers are limited per user wherever they come from; anonymous ones per address. */
    public String rateLimitKey() {
        return subject.map(id -> "user:" + id).orElse("address:" + address);
    }
}
