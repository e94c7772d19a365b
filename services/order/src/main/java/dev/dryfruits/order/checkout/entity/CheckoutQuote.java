package dev.dryfruits.order.checkout.entity;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.order.tax.entity.GoodsTax;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The exact amounts an order from the cart would have: per seller (each ships, is invoiced and paid out on its own)
 * the lines at their current prices with the GST each contains, the shipment's charge and, for cash on delivery,
 * its charge; and the total. Prices include GST; shipping and the COD charge are the carrier's tariff as quoted.
 * Under a fee schedule where sellers bear shipping, the customer's shipping is zero and the carrier's charge is the
 * seller's.
 */
public record CheckoutQuote(String paymentMethod, DeliveryAddress address, String placeOfSupplyCode,
                            String placeOfSupplyName, List<SellerGroup> groups, Money codFee, Money total) {

    public CheckoutQuote {
        groups = List.copyOf(groups);
    }

    public record SellerGroup(UUID sellerId, String sellerName, String sellerGstin, String sellerStateCode,
                              String sellerPan, String sellerAddress, List<QuotedLine> lines, Money goods,
                              Money shipping, Money codFee, String zone, int transitDays, Money subtotal,
                              String shippingPaidBy, Money carrierCharge) {

        public SellerGroup {
            lines = List.copyOf(lines);
        }
    }

    public record QuotedLine(String sku, UUID productId, String productName, String category, int packGrams,
                             int quantity, Money unitPrice, Money lineTotal, String hsn, GoodsTax tax) {
    }

    public Money goods() {
        return groups.stream().map(SellerGroup::goods).reduce(Money::plus).orElseThrow();
    }

    public Money shipping() {
        return groups.stream().map(SellerGroup::shipping).reduce(Money::plus).orElseThrow();
    }

    /**
     * What the customer was shown, as a digest: where it goes, how it is paid, every line's pack, quantity and price,
     * every shipment's charges, the total. Two quotes with the same fingerprint charge exactly the same.
     */
    public String fingerprint() {
        StringBuilder shown = new StringBuilder(address.id() + "|" + paymentMethod + "|" + total.minorUnits());
        for (SellerGroup group : groups) {
            shown.append("|").append(group.sellerId()).append(":").append(group.shipping().minorUnits()).append(":")
                    .append(group.codFee().minorUnits());
            group.lines().forEach(line -> shown.append("|").append(line.sku()).append("x").append(line.quantity())
                    .append("@").append(line.unitPrice().minorUnits()));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(shown.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
