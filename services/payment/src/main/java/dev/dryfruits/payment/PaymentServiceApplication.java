package dev.dryfruits.payment;

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
        info = @Info(title = "Payment service", version = "1.0",
                description = "Payments for orders through the payment processor, refunds, the platform's fee"
                        + " schedules and the double-entry ledger that splits every rupee per seller."),
        tags = {@Tag(name = "Payments", description = "Payments for orders (the order service; customers see their own)"),
                @Tag(name = "Processor webhooks", description = "The payment processor's signed notices"),
                @Tag(name = "Fees", description = "The platform's dated fee schedules"),
                @Tag(name = "Ledger", description = "Sellers' statements and the administrators' books")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class PaymentServiceApplication extends Application {
}
