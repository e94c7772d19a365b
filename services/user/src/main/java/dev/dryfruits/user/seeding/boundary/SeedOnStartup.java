package dev.dryfruits.user.seeding.boundary;

import dev.dryfruits.kit.persistence.DatabaseMigrations;
import dev.dryfruits.user.seeding.control.AccountSeeds;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Seeds accounts once the schema is migrated (this observer runs after the kit's migration observer). */
@ApplicationScoped
public class SeedOnStartup {

    @Inject
    AccountSeeds seeds;

    void seed(@Observes @Priority(DatabaseMigrations.PRIORITY + 100) @Initialized(ApplicationScoped.class)
              Object started) {
        seeds.seed();
    }
}
