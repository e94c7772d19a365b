package dev.dryfruits.user;

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
        info = @Info(title = "User service", version = "1.0",
                description = "Accounts of customers, sellers and administrators; sign-in and tokens."),
        tags = {
                @Tag(name = "Accounts", description = "Registration and the caller's own profile"),
                @Tag(name = "Addresses", description = "The caller's delivery addresses"),
                @Tag(name = "Authentication", description = "Sign-in, token refresh and sign-out"),
                @Tag(name = "Administration", description = "Managing users (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class UserServiceApplication extends Application {
}
