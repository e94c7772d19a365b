package dev.dryfruits.payment.processor.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The sandbox processor's merchant API (payment-processor/mp-rest/url), in its own JSON (docs/payment-sandbox.md). */
@RegisterRestClient(configKey = "payment-processor")
@RegisterClientHeaders(SandboxMerchantCredentials.class)
@RegisterProvider(SandboxErrors.class)
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SandboxApi {

    @POST
    @Path("payments")
    JsonObject createPayment(@HeaderParam("Idempotency-Key") String idempotencyKey, JsonObject payment);

    @GET
    @Path("payments/{id}")
    JsonObject payment(@PathParam("id") String id);

    @GET
    @Path("payments")
    JsonObject paymentsWithReference(@QueryParam("reference") String reference);

    @POST
    @Path("payments/{id}/capture")
    JsonObject capture(@PathParam("id") String id, JsonObject amount);

    @POST
    @Path("payments/{id}/refunds")
    JsonObject refund(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                      JsonObject amount);

    @GET
    @Path("refunds/{id}")
    JsonObject refund(@PathParam("id") String id);
}
