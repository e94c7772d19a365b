package dev.dryfruits.payment.ledger.boundary;

import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.payment.ledger.control.Books;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in seller's own account: what each sale earned, what was taken from it, and the balance. */
@Path("sellers/me/ledger")
@Tag(name = "Ledger")
@RolesAllowed(Roles.SELLER)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class SellerLedgerResource {

    @Inject
    Books books;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.zone")
    ZoneId zone;

    @GET
    @Operation(summary = "Your statement: every line on your account (sales, commission, fees, GST on fees, TCS, TDS,"
            + " reversals) with the balance after it; from and to are days, both included, in Indian time")
    public LedgerViews.StatementView statement(@QueryParam("from") String from, @QueryParam("to") String to) {
        LedgerPeriod period = LedgerPeriod.of(from, to, zone);
        return LedgerViews.StatementView.of(books.statement(currentUser.id(), period.start(), period.end()),
                period.from(), period.to());
    }
}
