package vn.chungtay.domain.household;

import java.util.UUID;

/** One line of the household list: enough to recognise a household without loading its members. */
public record HouseholdSummary(UUID id, String communeCode, String number, String headName, String villageName,
                               Area area, int memberCount, String address) {
}
