package dev.dryfruits.product.seeding.control;

import dev.dryfruits.kit.persistence.PageRequest;
import dev.dryfruits.product.catalog.control.ProductDraft;
import dev.dryfruits.product.catalog.control.Products;
import dev.dryfruits.product.catalog.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local platform's demo sellers list their catalog (demo/catalog.json, in the API's own request shape) as soon as
 * the quality service verifies them: each product goes through the same create, submit and approve steps as any
 * seller's, so the demo exercises the real rules.
 */
@ApplicationScoped
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class.getName());
    private static final String CATALOG = "/demo/catalog.json";
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Products products;

    @Inject
    @ConfigProperty(name = "dryfruits.demo-data.enabled")
    boolean enabled;

    /** Called in the transaction applying a SellerVerified event. */
    public void listIfDemo(UUID sellerId, String legalName) {
        if (!enabled || legalName == null) {
            return;
        }
        List<ProductDraft> drafts = catalog().get(legalName);
        if (drafts == null || products.ofSeller(sellerId, null, null, PageRequest.parse(null, "1")).total() > 0) {
            return;
        }
        for (ProductDraft draft : drafts) {
            Product product = products.create(sellerId, draft);
            products.submit(sellerId, product.id());
            products.approve(product.id());
        }
        LOG.info(() -> "Listed the demo catalog of " + legalName + ": " + drafts.size() + " products");
    }

    /** The demo catalog by seller legal name. */
    public static Map<String, List<ProductDraft>> catalog() {
        Type type = new HashMap<String, List<ProductDraft>>() { }.getClass().getGenericSuperclass();
        try (InputStream json = DemoCatalog.class.getResourceAsStream(CATALOG)) {
            if (json == null) {
                throw new IllegalStateException(CATALOG + " is missing from the service");
            }
            return JSONB.fromJson(json, type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
