package dev.dryfruits.kit.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Errors raised by the JAX-RS runtime itself (no such path, wrong method, unsupported media type...). */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER, HttpHeaders.LOCATION);

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = original.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return ProblemResponses.of(status, ProblemResponses.slugFor(status), ProblemResponses.titleFor(status),
                ProblemResponses.detailFor(status), List.of(), headers);
    }
}
