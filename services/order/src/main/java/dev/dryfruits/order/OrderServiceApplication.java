package dev.dryfruits.order;

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
        info = @Info(title = "Order service", version = "1.0",
                description = "Buying: the customer's cart, checkout quotes, orders split per seller and the saga that"
                        + " holds stock, takes payment and confirms them."),
        tags = {@Tag(name = "Cart", description = "The signed-in customer's cart (CUSTOMER)"),
                @Tag(name = "Checkout", description = "Quotes for the cart (CUSTOMER)"),
                @Tag(name = "Orders", description = "Orders (their customers), sub-orders (their sellers), all of them"
                        + " (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OrderServiceApplication extends Application {
}
