package dev.dryfruits.order.checkout.boundary;

import dev.dryfruits.kit.problem.ProblemResponses;
import dev.dryfruits.order.checkout.control.QuoteChanged;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/** 409 quote-changed as the platform's problem, with the new quote as an extension member (RFC 9457 section 3.2). */
@Provider
public class QuoteChangedMapper implements ExceptionMapper<QuoteChanged> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Response toResponse(QuoteChanged changed) {
        Response problem = ProblemResponses.of(changed);
        JsonObjectBuilder body = Json.createObjectBuilder(read(JSONB.toJson(problem.getEntity())));
        body.add("quote", read(JSONB.toJson(QuoteView.of(changed.quote()))));
        return Response.fromResponse(problem).entity(body.build()).build();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
