package dev.dryfruits.user.seeding.control;

import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.user.accounts.control.Registration;
import dev.dryfruits.user.accounts.control.UserAccounts;
import dev.dryfruits.user.accounts.entity.EmailAddress;
import dev.dryfruits.user.accounts.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts the platform creates itself, each only if its email is not registered yet (so a changed password or
 * name is never reset, and replicas starting together create each account once).
 * <ul>
 * <li>The first administrator, whenever {@code dryfruits.admin.password} is configured (any environment).</li>
 * <li>Demo customers and sellers, only with {@code dryfruits.demo-data.enabled=true} (the local platform).</li>
 * </ul>
 */
@ApplicationScoped
public class AccountSeeds {

    private static final Logger LOG = Logger.getLogger(AccountSeeds.class.getName());

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("asha.verma@dryfruits.local", "Asha Verma", Role.CUSTOMER, "+919810000001"),
            new DemoAccount("rahul.mehta@dryfruits.local", "Rahul Mehta", Role.CUSTOMER, "+919810000002"),
            new DemoAccount("priya.nair@dryfruits.local", "Priya Nair", Role.CUSTOMER, null),
            new DemoAccount("kashmir.orchards@dryfruits.local", "Kashmir Orchards", Role.SELLER, "+919419000001"),
            new DemoAccount("kerala.cashew.co@dryfruits.local", "Kerala Cashew Co", Role.SELLER, "+919447000002"),
            new DemoAccount("rajasthan.dates@dryfruits.local", "Thar Dates and Figs", Role.SELLER, "+919414000003"));

    @Inject
    Registration registration;

    @Inject
    UserAccounts accounts;

    @Inject
    @ConfigProperty(name = "dryfruits.admin.email", defaultValue = "admin@dryfruits.local")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "dryfruits.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "dryfruits.demo-data.enabled", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "dryfruits.demo-data.password", defaultValue = "dryfruits-demo-2026")
    String demoPassword;

    public void seed() {
        if (adminPassword.isPresent()) {
            createIfAbsent(new DemoAccount(adminEmail, "Platform Administrator", Role.ADMIN, null),
                    adminPassword.get());
        } else {
            LOG.warning("dryfruits.admin.password is not set: no administrator account is created");
        }
        if (demoData) {
            DEMO_ACCOUNTS.forEach(account -> createIfAbsent(account, demoPassword));
        }
    }

    private void createIfAbsent(DemoAccount account, String password) {
        EmailAddress email = EmailAddress.of(account.email());
        if (accounts.emailTaken(email)) {
            return;
        }
        try {
            registration.createAccount(new Registration.NewAccount(email, password, account.fullName(),
                    account.role(), account.phone()));
            LOG.info(() -> "Created " + account.role() + " account " + email);
        } catch (ProblemException notCreated) {
            // Another replica created it first (409), or the configured password is refused by the policy (400).
            if (notCreated.status() != 409) {
                LOG.severe(() -> "Cannot create " + email + ": " + notCreated.getMessage());
            }
        }
    }

    record DemoAccount(String email, String fullName, Role role, String phone) {
    }
}
