package dev.dryfruits.shipping.pincodes.entity;

import java.util.List;

/**
 * What the pincode directory says of a pincode: its city (the revenue district; all of Delhi is one) and the state
 * it is in (rarely two: 160103 serves Chandigarh and Mohali, Punjab).
 */
public record PincodeArea(String pincode, String city, List<IndianState> states) {

    public PincodeArea {
        states = List.copyOf(states);
    }

    /** Whether the text is written as an Indian pincode: six digits, not starting with 0. */
    public static boolean isPincode(String text) {
        return text != null && text.matches("[1-9][0-9]{5}");
    }

    public boolean isIn(IndianState state) {
        return states.contains(state);
    }

    public boolean sharesStateWith(PincodeArea other) {
        return states.stream().anyMatch(other.states::contains);
    }

    public boolean sharesCityWith(PincodeArea other) {
        return city.equals(other.city) && sharesStateWith(other);
    }
}
