package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.product.catalog.control.Categories;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("categories")
@Tag(name = "Catalog")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @Inject
    Categories categories;

    @GET
    @Operation(summary = "The categories, in display order (filter products with their slug)")
    public List<CategoryView> all() {
        return categories.all().stream().map(category -> new CategoryView(category.slug(), category.name(),
                category.hsn())).toList();
    }

    @Schema(name = "Category")
    public record CategoryView(@Schema(example = "almonds") String slug, @Schema(example = "Almonds") String name,
                               @Schema(example = "0802", description = "HSN heading of its goods") String hsn) {
    }
}
