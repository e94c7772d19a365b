package dev.dryfruits.kit.health;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the database schema is up to date. */
@Startup
@ApplicationScoped
public class MigrationsStartup implements HealthCheck {

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-migrations").status(migrations.completed()).build();
    }
}
