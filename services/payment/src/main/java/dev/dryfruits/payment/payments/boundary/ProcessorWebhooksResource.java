package dev.dryfruits.payment.payments.boundary;

import dev.dryfruits.payment.payments.control.ProcessorWebhooks;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where the sandbox processor posts its notices. Open to anyone, as a webhook endpoint must be: what proves the
 * processor sent it is its signature over the raw body, checked before the body is read.
 */
@Path("payments/webhooks/sandbox")
@Tag(name = "Processor webhooks")
@PermitAll
public class ProcessorWebhooksResource {

    @Inject
    ProcessorWebhooks webhooks;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes(MediaType.WILDCARD)
    // Whatever the sender accepts: a processor does not negotiate, and a 406 would only make it deliver again. The
    // answer is JSON (a refusal, problem+json), so a forged notice hears 401 whatever it asks for.
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A processor notice (X-Sandbox-Signature: hex HMAC-SHA256 of the body under the webhook"
            + " secret): 200 once applied or when it was applied before; 401 (and recorded) when the signature does"
            + " not verify; 503 when it must come again later")
    public Response receive(byte[] body, @HeaderParam("X-Sandbox-Signature") String signature,
                            @HeaderParam("X-Sandbox-Event-Id") String eventId) {
        boolean fresh = webhooks.receive(body, signature, eventId, servletRequest.getRemoteAddr());
        JsonObject answer = Json.createObjectBuilder().add("received", true).add("duplicate", !fresh).build();
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
