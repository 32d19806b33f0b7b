package vn.chungtay.domain.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What is recorded of one support a household received (DOMAIN.md §3): the day, programme and kind, the form, the
 * amount in whole VND (money given; for goods and services their estimated value; for a loan the amount lent; for a
 * visit the value of the gift), for goods the item, quantity and unit, the funding source, an optional period it
 * covers (a health-insurance card's validity, a school year, months of assistance), a loan's terms, and a note.
 */
public record SupportDetails(LocalDate date, String programmeCode, String kindCode, SupportForm form, long amountVnd,
                             String item, BigDecimal quantity, String unit, FundingSource source, LocalDate periodFrom,
                             LocalDate periodTo, Credit credit, String note) {

    public SupportDetails {
        programmeCode = Objects.requireNonNullElse(programmeCode, "");
        kindCode = Objects.requireNonNullElse(kindCode, "");
        item = Objects.requireNonNullElse(item, "");
        unit = Objects.requireNonNullElse(unit, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
