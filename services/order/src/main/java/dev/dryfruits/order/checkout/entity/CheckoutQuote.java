package dev.dryfruits.order.checkout.entity;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.order.tax.entity.GoodsTax;
import java.util.List;
import java.util.UUID;

/**
 * The exact amounts an order from the cart would have: per seller (each ships, is invoiced and paid out on its own)
 * the lines at their current prices with the GST each contains, the shipment's charge and, for cash on delivery,
 * its charge; and the total. Prices include GST; shipping and the COD charge are the carrier's tariff as quoted.
 */
public record CheckoutQuote(String paymentMethod, DeliveryAddress address, String placeOfSupplyCode,
                            String placeOfSupplyName, List<SellerGroup> groups, Money codFee, Money total) {

    public CheckoutQuote {
        groups = List.copyOf(groups);
    }

    public record SellerGroup(UUID sellerId, String sellerName, String sellerGstin, String sellerStateCode,
                              List<QuotedLine> lines, Money goods, Money shipping, Money codFee, String zone,
                              int transitDays, Money subtotal) {

        public SellerGroup {
            lines = List.copyOf(lines);
        }
    }

    public record QuotedLine(String sku, String productName, int quantity, Money unitPrice, Money lineTotal,
                             String hsn, GoodsTax tax) {
    }
}
