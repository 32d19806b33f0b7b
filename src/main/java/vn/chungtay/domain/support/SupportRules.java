package vn.chungtay.domain.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.validation.Violation;

/**
 * Checks a support record before it is saved, from a form, a bulk entry or an import: a day not in the future, a
 * known programme and kind of it (not retired, for new records), amounts that are whole, not negative VND, goods with
 * an item, a positive quantity and a unit, and sane loan terms.
 */
public final class SupportRules {

    /** Support records start with the earliest programme the register follows; earlier days are typing mistakes. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Above this a single support (10 billion VND) is a typing mistake. */
    static final long MAX_AMOUNT = 10_000_000_000L;
    static final int MAX_TERM_MONTHS = 240;
    static final BigDecimal MAX_MONTHLY_RATE = new BigDecimal("5");

    private final Map<String, Programme> programmes;
    private final Map<String, SupportKind> kinds;

    public SupportRules(Collection<Programme> programmes, Collection<SupportKind> kinds) {
        this.programmes = programmes.stream().collect(Collectors.toMap(Programme::code, Function.identity(),
                (a, b) -> a));
        this.kinds = kinds.stream().collect(Collectors.toMap(SupportKind::code, Function.identity(), (a, b) -> a));
    }

    /** The details with text cleaned (NFC, trimmed). */
    public static SupportDetails normalise(SupportDetails d) {
        return new SupportDetails(d.date(), VietnameseText.clean(d.programmeCode()), VietnameseText.clean(d.kindCode()),
                d.form(), d.amountVnd(), VietnameseText.clean(d.item()), d.quantity(), VietnameseText.clean(d.unit()),
                d.source(), d.periodFrom(), d.periodTo(), d.credit(), VietnameseText.clean(d.note()));
    }

    /**
     * Every violation, judged on the given day.
     *
     * @param isNew a new record may not use a retired programme or kind; an existing one keeps what it used
     */
    public List<Violation> violations(SupportDetails d, LocalDate today, boolean isNew) {
        List<Violation> out = new ArrayList<>();
        if (d.date() == null) {
            out.add(Violation.of("date", "validation.support.date.required"));
        } else if (d.date().isAfter(today)) {
            out.add(Violation.of("date", "validation.support.date.future"));
        } else if (d.date().isBefore(EARLIEST)) {
            out.add(Violation.of("date", "validation.support.date.too-old", EARLIEST.getYear()));
        }
        checkCatalogue(d, isNew, out);
        if (d.form() == null) {
            out.add(Violation.of("form", "validation.support.form.required"));
        }
        if (d.source() == null) {
            out.add(Violation.of("source", "validation.support.source.required"));
        }
        if (d.amountVnd() < 0) {
            out.add(Violation.of("amount", "validation.support.amount.negative"));
        } else if (d.amountVnd() > MAX_AMOUNT) {
            out.add(Violation.of("amount", "validation.support.amount.too-large", MAX_AMOUNT));
        }
        if (d.form() == SupportForm.CASH && d.amountVnd() == 0) {
            out.add(Violation.of("amount", "validation.support.amount.required"));
        }
        if (d.form() == SupportForm.IN_KIND) {
            checkGoods(d, out);
        } else if (d.quantity() != null && d.quantity().signum() <= 0) {
            out.add(Violation.of("quantity", "validation.support.quantity.positive"));
        }
        if (d.form() == SupportForm.CREDIT) {
            checkCredit(d, out);
        }
        if (d.periodFrom() != null && d.periodTo() != null && d.periodTo().isBefore(d.periodFrom())) {
            out.add(Violation.of("periodTo", "validation.support.period.order"));
        }
        if (d.item().length() > 200) {
            out.add(Violation.of("item", "validation.text.too-long", 200));
        }
        if (d.note().length() > 1000) {
            out.add(Violation.of("note", "validation.text.too-long", 1000));
        }
        return out;
    }

    private void checkCatalogue(SupportDetails d, boolean isNew, List<Violation> out) {
        Programme programme = programmes.get(d.programmeCode());
        if (d.programmeCode().isEmpty()) {
            out.add(Violation.of("programme", "validation.support.programme.required"));
        } else if (programme == null) {
            out.add(Violation.of("programme", "validation.support.programme.unknown", d.programmeCode()));
        } else if (isNew && programme.retired()) {
            out.add(Violation.of("programme", "validation.support.programme.retired", programme.name()));
        }
        SupportKind kind = kinds.get(d.kindCode());
        if (d.kindCode().isEmpty()) {
            out.add(Violation.of("kind", "validation.support.kind.required"));
        } else if (kind == null || (programme != null && !kind.programmeCode().equals(programme.code()))) {
            out.add(Violation.of("kind", "validation.support.kind.unknown", d.kindCode()));
        } else if (isNew && kind.retired()) {
            out.add(Violation.of("kind", "validation.support.kind.retired", kind.name()));
        }
    }

    private static void checkGoods(SupportDetails d, List<Violation> out) {
        if (d.item().isEmpty()) {
            out.add(Violation.of("item", "validation.support.item.required"));
        }
        if (d.quantity() == null || d.quantity().signum() <= 0) {
            out.add(Violation.of("quantity", "validation.support.quantity.positive"));
        }
        if (d.unit().isEmpty()) {
            out.add(Violation.of("unit", "validation.support.unit.required"));
        }
    }

    private static void checkCredit(SupportDetails d, List<Violation> out) {
        if (d.amountVnd() == 0) {
            out.add(Violation.of("amount", "validation.support.amount.required"));
        }
        Credit c = d.credit();
        if (c == null) {
            out.add(Violation.of("term", "validation.support.credit.required"));
            return;
        }
        if (c.termMonths() < 1 || c.termMonths() > MAX_TERM_MONTHS) {
            out.add(Violation.of("term", "validation.support.credit.term", MAX_TERM_MONTHS));
        }
        if (c.monthlyRatePercent().signum() < 0 || c.monthlyRatePercent().compareTo(MAX_MONTHLY_RATE) > 0) {
            out.add(Violation.of("rate", "validation.support.credit.rate", MAX_MONTHLY_RATE));
        }
        if (c.outstandingVnd() < 0 || c.outstandingVnd() > d.amountVnd()) {
            out.add(Violation.of("outstanding", "validation.support.credit.outstanding"));
        }
    }
}
