package dev.dryfruits.kit.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call each resource method, by HTTP method and path, as the application declares it. JAX-RS chooses the
 * method (and refuses with 406 or 415 a request whose media types none offers) before it checks who may call it;
 * with this index, a caller who may not call any method at that path hears 401 or 403 first, as for every other
 * request, and learns nothing of the media types on offer.
 */
public final class AccessIndex {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");
    private static final List<Entry> ENTRIES = new CopyOnWriteArrayList<>();

    private AccessIndex() {
    }

    /** Called for every resource method as the application deploys (ExplicitAccessFeature). */
    static void add(Class<?> resource, Method method) {
        String httpMethod = Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(java.util.Objects::nonNull)
                .map(HttpMethod::value).findFirst().orElse(null);
        if (httpMethod == null) {
            return;
        }
        String path = join(pathOf(resource), pathOf(method));
        ENTRIES.add(new Entry(httpMethod, pattern(path), access(method).or(() -> access(resource))
                .orElse(new Access(false, List.of()))));
    }

    /**
     * 401 (nobody signed in) or 403 when no method at this path and HTTP method lets the caller in; empty when one
     * does, or when no method is there at all (the refusal then stands).
     */
    public static Optional<Integer> refusal(String httpMethod, String path, SecurityContext caller) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        List<Entry> candidates = ENTRIES.stream().filter(entry -> entry.httpMethod().equals(httpMethod)
                && entry.path().matcher(relative).matches()).toList();
        if (candidates.isEmpty() || candidates.stream().anyMatch(entry -> entry.access().lets(caller))) {
            return Optional.empty();
        }
        return Optional.of(caller.getUserPrincipal() == null ? 401 : 403);
    }

    private static Optional<Access> access(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new Access(false, List.of()));
        }
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(new Access(true, List.of()));
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? Optional.empty() : Optional.of(new Access(false, List.of(roles.value())));
    }

    private static String pathOf(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    private static String join(String first, String second) {
        String joined = (first + "/" + second).replaceAll("/+", "/");
        joined = joined.startsWith("/") ? joined.substring(1) : joined;
        return joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** A JAX-RS path template as a regular expression: {name} one segment, {name: regex} as it says. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE.matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            regex.append("(?:").append(variable.group(1) == null ? "[^/]+" : variable.group(1).strip()).append(')');
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }

    private record Entry(String httpMethod, Pattern path, Access access) {
    }

    private record Access(boolean everyone, List<String> roles) {
        boolean lets(SecurityContext caller) {
            return everyone || roles.stream().anyMatch(caller::isUserInRole);
        }
    }
}
