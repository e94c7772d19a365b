package dev.dryfruits.product;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "dryfruits")
@OpenAPIDefinition(
        info = @Info(title = "Product service", version = "1.0",
                description = "The dry-fruit catalog: listings in pack sizes, their review, and search."),
        tags = {
                @Tag(name = "Catalog", description = "Search and read listings (anyone); create and edit one's own"
                        + " (SELLER)"),
                @Tag(name = "Seller listings", description = "A seller's own listings in every state (SELLER)"),
                @Tag(name = "Catalog administration", description = "Review of listings (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ProductServiceApplication extends Application {
}
