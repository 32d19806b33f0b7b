package vn.chungtay.domain.household;

import java.util.UUID;

/** A member who holds a given ID number, with the household to link to when warning about a duplicate. */
public record IdNumberHolder(UUID memberId, String fullName, UUID householdId, String householdNumber,
                             String communeCode) {
}
