package dev.dryfruits.order.checkout.control;

import dev.dryfruits.kit.money.Money;
import dev.dryfruits.kit.problem.Problem;
import dev.dryfruits.kit.problem.ProblemException;
import dev.dryfruits.kit.rest.PeerResponses;
import dev.dryfruits.kit.rest.Peers;
import dev.dryfruits.order.cart.control.Carts;
import dev.dryfruits.order.cart.entity.LineStatus;
import dev.dryfruits.order.cart.entity.PricedCart;
import dev.dryfruits.order.catalog.control.Listings;
import dev.dryfruits.order.catalog.entity.Listing;
import dev.dryfruits.order.checkout.entity.CheckoutQuote;
import dev.dryfruits.order.checkout.entity.DeliveryAddress;
import dev.dryfruits.order.checkout.entity.ShipmentPrice;
import dev.dryfruits.order.sellers.control.Sellers;
import dev.dryfruits.order.sellers.entity.Seller;
import dev.dryfruits.order.tax.control.GstRates;
import dev.dryfruits.order.tax.entity.GoodsTax;
import dev.dryfruits.order.tax.entity.GstRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prices a checkout from the cart, on the server: the lines at their listings' current prices (nothing the client
 * sends is a price), grouped by seller; per line the GST it contains at the rate of its HSN code on the day, as
 * CGST + SGST when the seller's GST state is the delivery state (the place of supply) and as IGST otherwise; per
 * seller one shipment priced by the shipping service from the seller's pickup pincode, and its COD charge.
 */
@ApplicationScoped
public class CheckoutQuotes {

    static final String CURRENCY = "INR";
    private static final Duration ON_ITS_WAY = Duration.ofSeconds(2);

    @Inject
    Carts carts;

    @Inject
    Listings listings;

    @Inject
    Sellers sellers;

    @Inject
    GstRates gstRates;

    @Inject
    AddressLookup addressLookup;

    @Inject
    ShippingLookup shippingLookup;

    @Inject
    ShippingPolicy shippingPolicy;

    @Inject
    QuoteMemos memos;

    @Inject
    @ConfigProperty(name = "dryfruits.order.zone")
    ZoneId zone;

    /** A quote for the customer, remembered as the one they were shown last. */
    public CheckoutQuote quote(UUID customerId, QuoteRequest request) {
        CheckoutQuote quote = price(customerId, request);
        memos.remember(customerId, quote);
        return quote;
    }

    /**
     * The order's amounts, priced again now: only if they are exactly what the customer was last shown; otherwise
     * 409 with the new quote (which the customer is then shown, so placing again accepts it).
     */
    public CheckoutQuote quoteAsShown(UUID customerId, QuoteRequest request) {
        CheckoutQuote quote = price(customerId, request);
        if (!memos.wasShown(customerId, quote)) {
            memos.remember(customerId, quote);
            throw new QuoteChanged(quote, true);
        }
        return quote;
    }

    private CheckoutQuote price(UUID customerId, QuoteRequest request) {
        QuoteRequest.Checked checked = ProblemException.requireBody(request, "The checkout").validated();
        PricedCart cart = readyCart(customerId);
        DeliveryAddress address = address(checked.addressId());
        Map<UUID, List<PricedCart.PricedLine>> bySeller = new LinkedHashMap<>();
        cart.lines().forEach(line -> bySeller.computeIfAbsent(line.sellerId(), seller -> new ArrayList<>()).add(line));
        Map<UUID, Seller> known = sellers.known(bySeller.keySet());
        Map<String, Listing> listed = listings.known(cart.lines().stream().map(PricedCart.PricedLine::sku).toList());
        LocalDate today = LocalDate.now(zone);
        String shippingPaidBy = shippingPolicy.payerOn(today);
        List<CheckoutQuote.SellerGroup> groups = new ArrayList<>();
        String placeOfSupply = null;
        String placeOfSupplyName = null;
        for (Map.Entry<UUID, List<PricedCart.PricedLine>> group : bySeller.entrySet()) {
            Seller seller = known.get(group.getKey());
            if (seller == null || seller.address() == null) {
                throw ProblemException.onItsWay("The seller's business details are on their way to checkout;"
                        + " try again in a moment", ON_ITS_WAY);
            }
            if (!seller.isVerified()) {
                throw ProblemException.conflict("seller-unavailable", seller.legalName()
                        + " cannot sell right now; remove its packs from the cart");
            }
            Money goods = Money.ofMinor(0, CURRENCY);
            for (PricedCart.PricedLine line : group.getValue()) {
                goods = goods.plus(line.lineTotal());
            }
            ShipmentPrice.Answer shipment = shipment(seller, address, checked.paymentMethod(), goods,
                    group.getValue(), listed);
            placeOfSupply = shipment.toStateCode();
            placeOfSupplyName = shipment.toStateName();
            boolean withinState = seller.stateCode().equals(shipment.toStateCode());
            List<CheckoutQuote.QuotedLine> lines = new ArrayList<>();
            for (PricedCart.PricedLine line : group.getValue()) {
                String hsn = listed.get(line.sku()).hsn();
                GstRate rate = gstRates.rateFor(hsn, today).orElseThrow(() -> new IllegalStateException(
                        "No GST rate for HSN " + hsn + " on " + today + " in gst-rates.tsv"));
                Listing listing = listed.get(line.sku());
                lines.add(new CheckoutQuote.QuotedLine(line.sku(), listing.productId(), line.productName(),
                        listing.category(), listing.packGrams(), line.quantity(), line.unitPrice(), line.lineTotal(),
                        hsn, GoodsTax.of(line.lineTotal(), rate, withinState)));
            }
            Money carrierCharge = money(shipment.shipping());
            // Under a schedule where sellers bear shipping, the customer pays none of it (the ledger charges the seller).
            Money shipping = ShippingPolicy.SELLER.equals(shippingPaidBy) ? carrierCharge.times(0) : carrierCharge;
            Money cod = money(shipment.codCharge());
            groups.add(new CheckoutQuote.SellerGroup(seller.id(), seller.legalName(), seller.gstin(),
                    seller.stateCode(), seller.pan(), describe(seller), lines, goods, shipping, cod, shipment.zone(),
                    shipment.transitDays(), goods.plus(shipping).plus(cod), shippingPaidBy, carrierCharge));
        }
        Money codFee = groups.stream().map(CheckoutQuote.SellerGroup::codFee).reduce(Money::plus).orElseThrow();
        Money total = groups.stream().map(CheckoutQuote.SellerGroup::subtotal).reduce(Money::plus).orElseThrow();
        return new CheckoutQuote(checked.paymentMethod(), address, placeOfSupply, placeOfSupplyName, groups, codFee,
                total);
    }

    private PricedCart readyCart(UUID customerId) {
        PricedCart cart = carts.read(customerId);
        if (cart.lines().isEmpty()) {
            throw ProblemException.conflict("cart-empty", "The cart is empty");
        }
        if (!cart.isReady()) {
            List<Problem.Violation> problems = new ArrayList<>();
            for (int index = 0; index < cart.lines().size(); index++) {
                PricedCart.PricedLine line = cart.lines().get(index);
                if (line.status() != LineStatus.AVAILABLE) {
                    problems.add(new Problem.Violation("lines[" + index + "]", line.sku() + ": "
                            + line.status().name()));
                }
            }
            throw new ProblemException(409, "cart-not-ready", "Conflict", "Some lines of the cart cannot be bought"
                    + " as they stand: change or remove them first", problems, Map.of());
        }
        return cart;
    }

    private DeliveryAddress address(UUID addressId) {
        try {
            DeliveryAddress address = Peers.call("user", "for the delivery address",
                    () -> addressLookup.address(addressId));
            if (!"IN".equals(address.country())) {
                throw ProblemException.invalidField("addressId", "must be an address in India: the marketplace"
                        + " delivers only there");
            }
            return address;
        } catch (PeerResponses.Refusal refused) {
            throw ProblemException.invalidField("addressId", "is not one of your addresses");
        }
    }

    private ShipmentPrice.Answer shipment(Seller seller, DeliveryAddress address, String paymentMethod, Money goods,
                                          List<PricedCart.PricedLine> lines, Map<String, Listing> listed) {
        List<ShipmentPrice.Parcel> parcels = lines.stream().map(line -> {
            Listing listing = listed.get(line.sku());
            return new ShipmentPrice.Parcel(listing.shippingGrams(), listing.lengthCm(), listing.widthCm(),
                    listing.heightCm(), line.quantity());
        }).toList();
        ShipmentPrice.Request request = new ShipmentPrice.Request(seller.address().postalCode(),
                address.postalCode(), address.state(), paymentMethod, "COD".equals(paymentMethod)
                ? new ShipmentPrice.Amount(goods.amountText(), CURRENCY) : null, parcels);
        try {
            return Peers.call("shipping", "for a shipping quote", () -> shippingLookup.price(request));
        } catch (PeerResponses.Refusal refused) {
            throw shippingRefusal(refused, seller);
        }
    }

    /** The shipping service's reasons, said of the customer's own request: its address, its payment method. */
    private static ProblemException shippingRefusal(PeerResponses.Refusal refused, Seller seller) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (Problem.Violation violation : refused.violations()) {
            switch (violation.field()) {
                case "toPincode", "toState" -> violations.add(new Problem.Violation("addressId",
                        "the address's " + (violation.field().equals("toState") ? "state " : "pincode ")
                                + violation.message()));
                case "paymentMethod" -> violations.add(new Problem.Violation("paymentMethod", violation.message()));
                default -> {
                    // The seller's side (its pickup pincode) is not the customer's to fix.
                }
            }
        }
        if (violations.isEmpty()) {
            return ProblemException.conflict("seller-cannot-ship", seller.legalName() + " cannot ship right now ("
                    + refused.detail().orElse("refused by the shipping service") + ")");
        }
        return ProblemException.invalidFields(violations);
    }

    /** The seller's registered address, as an invoice gives it. */
    private static String describe(Seller seller) {
        var address = seller.address();
        return String.join(", ", java.util.stream.Stream.of(seller.legalName(), address.line1(), address.line2(),
                address.city(), address.state() + " " + address.postalCode())
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    private static Money money(ShipmentPrice.Amount amount) {
        return Money.of(new BigDecimal(amount.amount()), Currency.getInstance(amount.currency()));
    }
}
