package dev.dryfruits.inventory;

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
        info = @Info(title = "Inventory service", version = "1.0",
                description = "Stock by lot: receipt, quarantine until lab release, first-expiry-first-out"
                        + " reservations for orders, and traceability from a lot to the orders that received it."),
        tags = {
                @Tag(name = "Lots", description = "A seller's lots and their adjustments (SELLER; ADMIN sees all)"),
                @Tag(name = "Availability", description = "Packs available per SKU (anyone)"),
                @Tag(name = "Reservations", description = "Stock held for orders (order service, ADMIN)"),
                @Tag(name = "Traceability", description = "Which orders received a lot (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class InventoryServiceApplication extends Application {
}
