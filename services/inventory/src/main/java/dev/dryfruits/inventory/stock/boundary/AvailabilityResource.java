package dev.dryfruits.inventory.stock.boundary;

import dev.dryfruits.inventory.stock.control.Stock;
import dev.dryfruits.kit.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How many packs of each SKU can be bought now. Public: the shop shows it next to every pack size. */
@Path("inventory/availability")
@Tag(name = "Availability")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    static final int MAX_SKUS = 100;

    @Inject
    Stock stock;

    @Schema(name = "Availability")
    public record Availability(List<SkuAvailability> items) {
    }

    @Schema(name = "SkuAvailability")
    public record SkuAvailability(String sku, @Schema(description = "Packs that can be reserved now") int available) {
    }

    @GET
    @PermitAll
    @Operation(summary = "Packs available per SKU: released lots within their shelf life, minus reservations")
    public Availability availability(
            @Parameter(description = "One or more SKUs (sku=A&sku=B), at most 100") @QueryParam("sku")
            List<String> skus) {
        Set<String> asked = new LinkedHashSet<>();
        if (skus != null) {
            skus.stream().filter(sku -> sku != null && !sku.isBlank()).map(String::strip).forEach(asked::add);
        }
        if (asked.isEmpty() || asked.size() > MAX_SKUS) {
            throw ProblemException.invalidField("sku", "give 1 to " + MAX_SKUS + " SKUs, e.g. ?sku=A&sku=B");
        }
        return new Availability(stock.available(asked).entrySet().stream()
                .map(entry -> new SkuAvailability(entry.getKey(), entry.getValue())).toList());
    }
}
