package dev.dryfruits.kit.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * This application's own health, in MicroProfile Health's format, at /health, /health/live, /health/ready and
 * /health/started on the application's own port: for a server that hosts several services' applications (the local
 * platform), where MicroProfile Health's endpoint answers for the server as a whole, on the server's own port only.
 * Readiness and start-up also wait for the application to have started, as Liberty's own endpoint does.
 * <p>
 * In a server of its own (Kubernetes, the tests) MicroProfile Health's endpoint, whose context root /health is longer
 * than this application's "/", takes these paths first, and this servlet is never reached.
 */
public class ApplicationHealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    transient Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "/" : request.getPathInfo();
        List<Annotation> qualifiers = switch (kind) {
            case "/", "" -> List.of(Liveness.Literal.INSTANCE, Readiness.Literal.INSTANCE, Startup.Literal.INSTANCE);
            case "/live" -> List.of(Liveness.Literal.INSTANCE);
            case "/ready" -> List.of(Readiness.Literal.INSTANCE);
            case "/started" -> List.of(Startup.Literal.INSTANCE);
            default -> null;
        };
        if (qualifiers == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean up = kind.equals("/live") || ApplicationState.isStarted();
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheckResponse result : run(qualifiers)) {
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            JsonObjectBuilder entry = Json.createObjectBuilder().add("name", result.getName())
                    .add("status", result.getStatus().name());
            result.getData().ifPresent(data -> {
                JsonObjectBuilder values = Json.createObjectBuilder();
                data.forEach((name, value) -> values.add(name, String.valueOf(value)));
                entry.add("data", values);
            });
            results.add(entry);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", results).build().toString());
    }

    private List<HealthCheckResponse> run(List<Annotation> qualifiers) {
        List<HealthCheckResponse> results = new ArrayList<>();
        for (Annotation qualifier : qualifiers) {
            for (HealthCheck check : checks.select(qualifier)) {
                try {
                    results.add(check.call());
                } catch (RuntimeException failed) {
                    results.add(HealthCheckResponse.named(check.getClass().getSimpleName()).down()
                            .withData("error", failed.getClass().getSimpleName()).build());
                }
            }
        }
        return results;
    }
}
