package vn.chungtay.domain.household;

import java.util.Objects;

/**
 * What the review forms record of a person (DOMAIN.md §2): full name, sex, date or year of birth, ethnicity (a code
 * of the 1979 list), relationship to the head, identity document, work status, health-insurance card number and a
 * note.
 */
public record MemberDetails(String fullName, Sex sex, BirthDate birth, String ethnicity, Relationship relationship,
                            IdDocument idDocument, WorkStatus workStatus, String healthInsuranceNumber, String note) {

    public MemberDetails {
        fullName = Objects.requireNonNullElse(fullName, "");
        ethnicity = Objects.requireNonNullElse(ethnicity, "");
        idDocument = Objects.requireNonNullElse(idDocument, IdDocument.NONE);
        healthInsuranceNumber = Objects.requireNonNullElse(healthInsuranceNumber, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
