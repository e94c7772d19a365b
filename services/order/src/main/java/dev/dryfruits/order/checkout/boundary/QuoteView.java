package dev.dryfruits.order.checkout.boundary;

import dev.dryfruits.kit.money.MoneyView;
import dev.dryfruits.order.checkout.entity.CheckoutQuote;
import dev.dryfruits.order.tax.entity.TaxLine;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckoutQuote", description = "The exact amounts an order from the cart would have, per seller")
public record QuoteView(@Schema(enumeration = {"UPI", "CARD", "NETBANKING", "COD"}) String paymentMethod,
                        UUID addressId,
                        @Schema(description = "The delivery state: the place of supply") PlaceView placeOfSupply,
                        List<GroupView> groups,
                        @Schema(description = "Cash-on-delivery charges of all shipments (zero when paid online)")
                        MoneyView codFee,
                        MoneyView total) {

    @Schema(name = "PlaceOfSupply")
    public record PlaceView(@Schema(example = "27") String code, @Schema(example = "Maharashtra") String name) {
    }

    @Schema(name = "QuoteGroup", description = "One seller's shipment")
    public record GroupView(UUID sellerId, String sellerName, String sellerGstin, List<LineView> lines,
                            @Schema(description = "The lines' prices, GST included") MoneyView goods,
                            MoneyView shipping, MoneyView codFee,
                            @Schema(example = "D") String shippingZone, int transitDays,
                            @Schema(description = "goods + shipping + COD charge") MoneyView subtotal,
                            @Schema(description = "Who bears the carrier's charge (the fee schedule's choice):"
                                    + " SELLER means free delivery for the customer",
                                    enumeration = {"CUSTOMER", "SELLER"}) String shippingPaidBy) {
    }

    @Schema(name = "QuoteLine")
    public record LineView(String sku, String productName, int quantity, MoneyView unitPrice, MoneyView lineTotal,
                           String hsn,
                           @Schema(description = "lineTotal less the taxes it contains") MoneyView taxableValue,
                           List<TaxView> taxes) {
    }

    @Schema(name = "Tax")
    public record TaxView(@Schema(enumeration = {"CGST", "SGST", "IGST"}) String name,
                          @Schema(description = "Percent", example = "2.5") String rate, MoneyView amount) {

        static TaxView of(TaxLine tax) {
            return new TaxView(tax.name(), tax.percent(), MoneyView.of(tax.amount()));
        }
    }

    public static QuoteView of(CheckoutQuote quote) {
        return new QuoteView(quote.paymentMethod(), quote.address().id(),
                new PlaceView(quote.placeOfSupplyCode(), quote.placeOfSupplyName()),
                quote.groups().stream().map(group -> new GroupView(group.sellerId(), group.sellerName(),
                        group.sellerGstin(), group.lines().stream().map(line -> new LineView(line.sku(),
                                line.productName(), line.quantity(), MoneyView.of(line.unitPrice()),
                                MoneyView.of(line.lineTotal()), line.hsn(), MoneyView.of(line.tax().taxableValue()),
                                line.tax().taxes().stream().map(TaxView::of).toList())).toList(),
                        MoneyView.of(group.goods()), MoneyView.of(group.shipping()), MoneyView.of(group.codFee()),
                        group.zone(), group.transitDays(), MoneyView.of(group.subtotal()), group.shippingPaidBy()))
                        .toList(),
                MoneyView.of(quote.codFee()), MoneyView.of(quote.total()));
    }
}
