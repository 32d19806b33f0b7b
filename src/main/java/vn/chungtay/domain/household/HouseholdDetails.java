package vn.chungtay.domain.household;

import java.util.Objects;
import java.util.UUID;

/**
 * The household-level content a person edits: the commune-local household number (households have no national
 * code, DOMAIN.md §2), the village, urban or rural, the address and a phone number.
 */
public record HouseholdDetails(String number, UUID villageId, Area area, String address, String phone) {

    public HouseholdDetails {
        number = Objects.requireNonNullElse(number, "");
        address = Objects.requireNonNullElse(address, "");
        phone = Objects.requireNonNullElse(phone, "");
    }
}
