package dev.dryfruits.payment.processor.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The processor's errors, {"error": {"code", "description"}}: a 4xx is its refusal ({@link ProviderRefusal}, left
 * alone by retries and circuit breakers), a 5xx a failure to answer ({@link ProviderFailure}).
 */
public class SandboxErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        JsonObject error = errorOf(response);
        String code = error == null ? "UNKNOWN" : error.getString("code", "UNKNOWN");
        String description = error == null ? "" : error.getString("description", "");
        if (response.getStatus() >= 500) {
            return new ProviderFailure("The payment processor answered " + response.getStatus() + " " + code + ": "
                    + description);
        }
        return new ProviderRefusal(response.getStatus(), code, description);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static JsonObject errorOf(Response response) {
        try {
            if (!response.hasEntity()) {
                return null;
            }
            response.bufferEntity();
            try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
                return reader.readObject().getJsonObject("error");
            }
        } catch (RuntimeException notItsFormat) {
            return null;
        }
    }
}
