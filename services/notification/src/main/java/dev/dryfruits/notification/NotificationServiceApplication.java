package dev.dryfruits.notification;

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
        info = @Info(title = "Notification service", version = "1.0",
                description = "Email and SMS sent on the platform's events, their delivery log, and dead letters."),
        tags = {
                @Tag(name = "Notifications", description = "The caller's messages and channel preferences"),
                @Tag(name = "Notification administration", description = "Delivery log, retries, SMS sandbox (ADMIN)"),
                @Tag(name = "Dead letters", description = "Events no consumer could process (ADMIN)")})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class NotificationServiceApplication extends Application {
}
