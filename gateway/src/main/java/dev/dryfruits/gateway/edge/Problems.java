package dev.dryfruits.gateway.edge;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * RFC 9457 problem answers from the gateway itself, in the same shape as the services' (see docs/api.md):
 * type, title, status, detail, instance, requestId.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String typeSlug,
                            String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "urn:dryfruits:problem:" + typeSlug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", originalUri(request))
                .add("requestId", EdgeRequest.of(request).requestId());
        byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader(EdgeRequest.REQUEST_ID_HEADER, EdgeRequest.of(request).requestId());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The path the client asked for, also when this is an error page dispatch. */
    private static String originalUri(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return errorUri != null ? errorUri.toString() : request.getRequestURI();
    }
}
