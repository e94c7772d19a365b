package dev.dryfruits.gateway.routing.control;

import dev.dryfruits.gateway.routing.entity.PublicEndpoint;
import dev.dryfruits.gateway.routing.entity.Route;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which service owns which paths ({@code gateway.routes}), and which endpoints are public
 * ({@code gateway.public-endpoints}); everything else needs a valid token.
 */
@ApplicationScoped
public class RouteTable {

    /** Encoded slashes, dots and backslashes, dot segments, empty segments and path parameters. */
    private static final Pattern AMBIGUOUS_PATH =
            Pattern.compile("(?i).*(%2e|%2f|%5c|\\\\|;|//|/\\./|/\\.\\./|/\\.{1,2}$).*");

    private static final Pattern UNREADABLE_QUERY = Pattern.compile("(?i)%(?![0-9a-f]{2})|%[01][0-9a-f]|%7f|[\\x00-\\x1f\\x7f]");

    @Inject
    @ConfigProperty(name = "gateway.routes")
    List<String> routeDefinitions;

    @Inject
    @ConfigProperty(name = "gateway.public-endpoints")
    List<String> publicDefinitions;

    @Inject
    Upstreams upstreams;

    private List<Route> routes;
    private List<PublicEndpoint> publicEndpoints;

    @PostConstruct
    void parse() {
        routes = routeDefinitions.stream().map(Route::parse)
                .sorted(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed())
                .toList();
        routes.forEach(route -> upstreams.require(route.upstream()));
        publicEndpoints = publicDefinitions.stream().map(PublicEndpoint::parse).toList();
    }

    /** The longest route prefix that matches. */
    public Optional<Route> route(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    public boolean isPublic(String method, String path) {
        return publicEndpoints.stream().anyMatch(endpoint -> endpoint.matches(method, path));
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * Paths a service might read differently from us are refused, so that a route or public-endpoint check can never
     * be sidestepped (e.g. {@code /api/auth/..%2fadmin/users}).
     */
    public static boolean isAmbiguous(String rawPath) {
        return AMBIGUOUS_PATH.matcher(rawPath).matches();
    }

    /**
     * A query no service could read the same way: a '%' not followed by two hex digits, or an encoded control
     * character (a NUL reaching a database is an error there, not an answer).
     */
    public static boolean isUnreadableQuery(String rawQuery) {
        return rawQuery != null && UNREADABLE_QUERY.matcher(rawQuery).find();
    }
}
