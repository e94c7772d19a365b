package dev.dryfruits.gateway.routing.entity;

/** Requests whose path is {@code prefix} or starts with {@code prefix/} go to {@code upstream}. */
public record Route(String prefix, String upstream) {

    public Route {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("A route prefix starts with / and does not end with one: " + prefix);
        }
    }

    /** Parses {@code /api/users=user}. */
    public static Route parse(String definition) {
        int equals = definition.indexOf('=');
        if (equals < 1) {
            throw new IllegalArgumentException("A route reads PREFIX=UPSTREAM, not: " + definition);
        }
        return new Route(definition.substring(0, equals).strip(), definition.substring(equals + 1).strip());
    }

    public boolean matches(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
