package dev.dryfruits.quality;

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
        info = @Info(title = "Quality service", version = "1.0",
                description = "Seller verification (business identity, tax and food-safety licences, documents and "
                        + "their review) and lab-tested quality of lots."),
        tags = {
                @Tag(name = "Seller verification", description = "A seller's own verification and documents (SELLER)"),
                @Tag(name = "Seller administration", description = "Review, suspension and reinstatement (ADMIN)"),
                @Tag(name = "Lab quality", description = "Lab reports on lots (the lot's SELLER, ADMIN) and the"
                        + " standards they are judged by (anyone)"),
                @Tag(name = "Lab quality administration", description = "Standards profiles and sellers' quality"
                        + " scores (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class QualityServiceApplication extends Application {
}
