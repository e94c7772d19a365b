package dev.dryfruits.shipping.rates.entity;

/** Shipping zones, from the pickup pincode to the delivery pincode, as Indian couriers and aggregators bill them. */
public enum Zone {
    A("Within the city"),
    B("Within the state"),
    C("Metro to metro"),
    D("Rest of India"),
    E("Special zone (North-East, Jammu and Kashmir, Ladakh, Himachal Pradesh, Kerala, the islands)");

    private final String description;

    Zone(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
