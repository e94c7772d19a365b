package dev.dryfruits.gateway.routing.entity;

import java.util.Locale;

/**
 * An endpoint anyone may call without a token, e.g. {@code POST /api/users} (that exact path) or
 * {@code GET /api/products/**} (the path and everything below it).
 */
public record PublicEndpoint(String method, String path, boolean subtree) {

    private static final String SUBTREE = "/**";

    public static PublicEndpoint parse(String definition) {
        String[] parts = definition.strip().split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("A public endpoint reads 'METHOD /path' or 'METHOD /path/**', not: "
                    + definition);
        }
        String method = parts[0].toUpperCase(Locale.ROOT);
        boolean subtree = parts[1].endsWith(SUBTREE);
        String path = subtree ? parts[1].substring(0, parts[1].length() - SUBTREE.length()) : parts[1];
        return new PublicEndpoint(method, path, subtree);
    }

    public boolean matches(String requestMethod, String requestPath) {
        if (!method.equals(requestMethod)) {
            return false;
        }
        return requestPath.equals(path) || (subtree && requestPath.startsWith(path + "/"));
    }
}
