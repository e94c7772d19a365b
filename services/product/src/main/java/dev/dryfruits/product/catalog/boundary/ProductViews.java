package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.product.catalog.entity.Product;
import dev.dryfruits.product.sellers.control.Sellers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Products as clients see them, with their sellers' names looked up once per page. */
@ApplicationScoped
public class ProductViews {

    @Inject
    Sellers sellers;

    public ProductView of(Product product) {
        return ProductView.of(product, sellers.find(product.sellerId()).map(seller -> seller.legalName())
                .orElse(null));
    }

    public List<ProductView> of(List<Product> products) {
        Map<UUID, String> names = sellers.legalNames(products.stream().map(Product::sellerId).distinct().toList());
        return products.stream().map(product -> ProductView.of(product, names.get(product.sellerId()))).toList();
    }

    public Page<ProductView> of(Page<Product> page) {
        return new Page<>(of(page.items()), page.page(), page.size(), page.total(), page.totalPages());
    }
}
