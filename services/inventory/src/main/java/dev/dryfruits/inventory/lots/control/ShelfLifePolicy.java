package dev.dryfruits.inventory.lots.control;

import dev.dryfruits.inventory.lots.entity.ShelfLifeRule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured shelf-life rule and the calendar lots are dated in. */
@ApplicationScoped
public class ShelfLifePolicy {

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.shelf-life.rule")
    ShelfLifeRule.Kind kind;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.shelf-life.min-remaining-percent")
    int minRemainingPercent;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.shelf-life.min-remaining-days")
    int minRemainingDays;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.shelf-life.delivery-days")
    int deliveryDays;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.near-expiry-notice-days")
    int nearExpiryNoticeDays;

    @Inject
    @ConfigProperty(name = "dryfruits.inventory.zone")
    ZoneId zone;

    private ShelfLifeRule rule;

    @PostConstruct
    void check() {
        rule = new ShelfLifeRule(kind, minRemainingPercent, minRemainingDays, deliveryDays);
    }

    public ShelfLifeRule rule() {
        return rule;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public int nearExpiryNoticeDays() {
        return nearExpiryNoticeDays;
    }
}
