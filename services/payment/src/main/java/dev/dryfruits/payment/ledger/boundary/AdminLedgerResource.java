package dev.dryfruits.payment.ledger.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.payment.ledger.control.Books;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrators' books: the trial balance, any account's entries, an order's entries, a seller's statement. */
@Path("admin/ledger")
@Tag(name = "Ledger")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class AdminLedgerResource {

    @Inject
    Books books;

    @Inject
    @ConfigProperty(name = "dryfruits.payment.zone")
    ZoneId zone;

    @GET
    @Path("trial-balance")
    @Operation(summary = "Every account's debits, credits and balance, and the totals per currency (balanced: equal)")
    public LedgerViews.TrialBalanceView trialBalance() {
        return LedgerViews.TrialBalanceView.of(books.trialBalance());
    }

    @GET
    @Path("accounts/{code}/entries")
    @Operation(summary = "The entries with a line on the account, newest first")
    public Page<LedgerViews.EntryView> entries(@PathParam("code") String code, @QueryParam("page") String page,
                                               @QueryParam("size") String size) {
        books.account(code).orElseThrow(() -> ProblemException.notFound("Account " + code));
        return books.entriesOf(code, PageRequest.parse(page, size)).map(LedgerViews.EntryView::of);
    }

    @GET
    @Path("orders/{orderId}")
    @Operation(summary = "The entries about an order (captures, sales, reversals, refunds), as posted")
    public List<LedgerViews.EntryView> order(@PathParam("orderId") UUID orderId) {
        return books.entriesOfOrder(orderId).stream().map(LedgerViews.EntryView::of).toList();
    }

    @GET
    @Path("sellers/{sellerId}")
    @Operation(summary = "A seller's statement, as the seller sees it")
    public LedgerViews.StatementView seller(@PathParam("sellerId") UUID sellerId, @QueryParam("from") String from,
                                            @QueryParam("to") String to) {
        LedgerPeriod period = LedgerPeriod.of(from, to, zone);
        return LedgerViews.StatementView.of(books.statement(sellerId, period.start(), period.end()), period.from(),
                period.to());
    }
}
