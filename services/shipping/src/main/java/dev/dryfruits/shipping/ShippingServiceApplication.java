package dev.dryfruits.shipping;

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
        info = @Info(title = "Shipping service", version = "1.0",
                description = "The pincode directory and serviceability, shipping zones, dated rate cards and"
                        + " shipping quotes on billed weight."),
        tags = {
                @Tag(name = "Pincodes", description = "Where a pincode is and what ships there (anyone)"),
                @Tag(name = "Shipping quotes", description = "What a shipment costs (anyone)"),
                @Tag(name = "Rate cards", description = "Dated rate cards (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ShippingServiceApplication extends Application {
}
