package dev.dryfruits.gateway.routing.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Headers that describe one connection (RFC 9110 section 7.6.1) and so are never passed on by a proxy. */
final class HopByHopHeaders {

    private static final Set<String> ALWAYS = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade");

    private final Set<String> named;

    /** @param connectionHeader the message's Connection header, which may name more hop-by-hop headers */
    HopByHopHeaders(String connectionHeader) {
        this.named = connectionHeader == null ? Set.of()
                : Arrays.stream(connectionHeader.split(",")).map(token -> token.strip().toLowerCase(Locale.ROOT))
                .filter(token -> !token.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    boolean contains(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return ALWAYS.contains(name) || named.contains(name);
    }
}
