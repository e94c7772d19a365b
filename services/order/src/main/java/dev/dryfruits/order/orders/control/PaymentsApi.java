package dev.dryfruits.order.orders.control;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.ServiceCredentials;
import dev.dryfruits.order.orders.entity.PaymentState;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The payment service's payments (payment/mp-rest/url), asked as this service (scope payment.payments). */
@RegisterRestClient(configKey = "payment")
@RegisterClientHeaders(ServiceCredentials.class)
@RegisterProvider(PeerResponses.class)
@Path("/api/payments")
@Produces(MediaType.APPLICATION_JSON)
public interface PaymentsApi {

    /** A payment for an order, with the customer's instrument (a card passes through, never kept here). */
    record NewPayment(UUID orderId, int attempt, UUID customerId, MoneyView amount, String method,
                      PlaceOrderRequest.Upi upi, PlaceOrderRequest.Card card,
                      PlaceOrderRequest.NetBanking netbanking) {
    }

    record Cancellation(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    PaymentState create(NewPayment payment);

    @GET
    List<PaymentState> ofOrder(@QueryParam("orderId") UUID orderId);

    @POST
    @Path("orders/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    List<PaymentState> abandon(@PathParam("orderId") UUID orderId, Cancellation cancellation);
}
