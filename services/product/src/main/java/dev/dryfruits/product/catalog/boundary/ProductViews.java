package dev.dryfruits.product.catalog.boundary;

import dev.dryfruits.kit.persistence.Page;
import dev.dryfruits.product.catalog.control.Categories;
import dev.dryfruits.product.catalog.entity.Product;
import dev.dryfruits.product.catalog.entity.ProductVariant;
import dev.dryfruits.product.sellers.control.Sellers;
import dev.dryfruits.product.stock.control.StockLevels;
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

    @Inject
    StockLevels stockLevels;

    @Inject
    Categories categories;

    public ProductView of(Product product) {
        return ProductView.of(product, sellers.find(product.sellerId()).map(seller -> seller.legalName())
                .orElse(null), categories.hsnOf(product.details().category()),
                stockLevels.available(skus(List.of(product))));
    }

    public List<ProductView> of(List<Product> products) {
        Map<UUID, String> names = sellers.legalNames(products.stream().map(Product::sellerId).distinct().toList());
        Map<String, Integer> stock = stockLevels.available(skus(products));
        Map<String, String> hsn = categories.hsnBySlug();
        return products.stream().map(product -> ProductView.of(product, names.get(product.sellerId()),
                hsn.get(product.details().category()), stock)).toList();
    }

    private static List<String> skus(List<Product> products) {
        return products.stream().flatMap(product -> product.variants().stream()).map(ProductVariant::sku).toList();
    }

    public Page<ProductView> of(Page<Product> page) {
        return new Page<>(of(page.items()), page.page(), page.size(), page.total(), page.totalPages());
    }
}
