package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.kit.rest.JsonObjectBodies;
import dev.dryfruits.kit.rest.Responses;
import dev.dryfruits.kit.security.CurrentUser;
import dev.dryfruits.kit.security.Roles;
import dev.dryfruits.product.catalog.control.Drafts;
import dev.dryfruits.product.catalog.control.ProductDraft;
import dev.dryfruits.product.catalog.control.Products;
import dev.dryfruits.product.catalog.entity.Product;
import dev.dryfruits.product.search.control.ProductSearch;
import dev.dryfruits.product.search.control.SearchParameters;
import dev.dryfruits.product.search.entity.SearchResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalog: anyone searches and reads LIVE listings; a seller creates and edits their own (another seller's are
 * "not found" to them).
 */
@Path("products")
@Tag(name = "Catalog")
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    static final String MERGE_PATCH = JsonObjectBodies.MERGE_PATCH;

    @Inject
    Products products;

    @Inject
    ProductSearch search;

    @Inject
    ProductViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "dryfruits.catalog.currency")
    String currency;

    @GET
    @PermitAll
    @Operation(summary = "Search the catalog: full text (tolerant of small typos), filters, sort, facet counts")
    public SearchResultView search(
            @Parameter(description = "Words to find in name, description, variety and origin") @QueryParam("q")
            String q,
            @Parameter(description = "Category slug, e.g. almonds") @QueryParam("category") String category,
            @Parameter(description = "Origin country, ISO 3166 code, e.g. US") @QueryParam("origin") String origin,
            @Parameter(description = "Grade, e.g. W240") @QueryParam("grade") String grade,
            @Parameter(description = "true or false") @QueryParam("organic") String organic,
            @Parameter(description = "Lowest pack price, e.g. 200") @QueryParam("minPrice") String minPrice,
            @Parameter(description = "Highest pack price, e.g. 999.50") @QueryParam("maxPrice") String maxPrice,
            @Parameter(description = "true: only products with a pack that can be bought now; false: only those"
                    + " without") @QueryParam("inStock") String inStock,
            @Parameter(description = "RELEVANCE (default with q), NEWEST (default without), PRICE_ASC, PRICE_DESC, "
                    + "PRICE_PER_KG_ASC, PRICE_PER_KG_DESC") @QueryParam("sort") String sort,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (larger sizes are capped at 100)") @QueryParam("size")
            String size) {
        SearchResult result = search.search(SearchParameters.criteria(q, category, origin, grade, organic, minPrice,
                maxPrice, inStock, sort, Currency.getInstance(currency)), PageRequest.parse(page, size));
        return new SearchResultView(views.of(result.page().items()), result.page().page(), result.page().size(),
                result.page().total(), result.page().totalPages(), result.facets());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "A LIVE listing (sellers read their own in any state at /api/sellers/me/products/{id})")
    public ProductView get(@PathParam("id") UUID id) {
        return views.of(products.visible(id));
    }

    @GET
    @Path("skus/{sku}")
    @PermitAll
    @Operation(summary = "The LIVE listing that sells this pack size (SKU); 404 when none does")
    public ProductView bySku(@PathParam("sku") String sku) {
        return views.of(products.visibleBySku(sku));
    }

    @POST
    @RolesAllowed(Roles.SELLER)
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a DRAFT listing (verified sellers only)")
    @APIResponse(responseCode = "201", description = "Created, as a DRAFT")
    @APIResponse(responseCode = "403", description = "The seller is not verified")
    public Response create(ProductDraft draft) {
        Product product = products.create(currentUser.id(), draft);
        return Responses.created("/api/products/" + product.id(), views.of(product));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.SELLER)
    @SecurityRequirement(name = "jwt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace one's own listing: a LIVE one may only change prices (pause it to edit more)")
    public ProductView replace(@PathParam("id") UUID id, ProductDraft draft) {
        return views.of(products.revise(currentUser.id(), id, draft));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.SELLER)
    @SecurityRequirement(name = "jwt")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of one's own listing (JSON merge patch, RFC 7396)")
    public ProductView patch(@PathParam("id") UUID id, JsonObject patch) {
        UUID seller = currentUser.id();
        ProductDraft current = Drafts.of(products.owned(seller, id));
        return views.of(products.revise(seller, id, Drafts.patched(current, patch)));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SELLER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Send one's listing for review; 400 names every field still missing")
    public ProductView submit(@PathParam("id") UUID id) {
        return views.of(products.submit(currentUser.id(), id));
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed(Roles.SELLER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Take one's LIVE listing off sale")
    public ProductView pause(@PathParam("id") UUID id) {
        return views.of(products.pause(currentUser.id(), id));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Roles.SELLER)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Put a PAUSED listing back on sale, if only its prices changed since it was approved")
    public ProductView resume(@PathParam("id") UUID id) {
        return views.of(products.resume(currentUser.id(), id));
    }

    @GET
    @Path("{id}/price-history")
    @RolesAllowed({Roles.SELLER, Roles.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Every price each pack size has had (the listing's seller, or an administrator)")
    public List<PriceChangeView> priceHistory(@PathParam("id") UUID id) {
        Product product = currentUser.isAdmin() ? products.get(id) : products.owned(currentUser.id(), id);
        return products.priceHistory(product.id()).stream().map(PriceChangeView::of).toList();
    }
}
