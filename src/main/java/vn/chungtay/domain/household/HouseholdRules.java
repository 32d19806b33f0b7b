package vn.chungtay.domain.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.chungtay.domain.household.HouseholdDraft.MemberDraft;
import vn.chungtay.domain.text.VietnameseText;
import vn.chungtay.domain.validation.Violation;

/**
 * Normalises and validates a household draft before it is saved, whether it comes from the form, an import or the
 * command line. Field paths in the violations are {@code number}, {@code members[2].idNumber} and the like, so that
 * a form can show each message beside its field and an import can name the field.
 */
public final class HouseholdRules {

    static final int MAX_NAME = 200;
    static final int MAX_NUMBER = 30;
    static final int MAX_ADDRESS = 500;
    static final int MAX_NOTE = 1000;
    /** Nobody on a register is older than this; an earlier year is a typing mistake. */
    static final int MAX_AGE = 120;

    private final Set<String> ethnicCodes;

    /** @param ethnicCodes the codes a member's ethnicity may take (the reference list in the database) */
    public HouseholdRules(Set<String> ethnicCodes) {
        this.ethnicCodes = Set.copyOf(ethnicCodes);
    }

    /** The draft with every text cleaned to NFC, names capitalised, digits of ID numbers and phone compacted. */
    public static HouseholdDraft normalise(HouseholdDraft draft) {
        HouseholdDetails d = draft.details();
        String phone = PhoneNumber.normalise(d.phone()).orElse(VietnameseText.clean(d.phone()));
        HouseholdDetails details = new HouseholdDetails(VietnameseText.clean(d.number()), d.villageId(), d.area(),
                VietnameseText.clean(d.address()), phone);
        List<MemberDraft> members = draft.members().stream()
                .map(m -> new MemberDraft(m.id(), normalise(m.details())))
                .toList();
        return new HouseholdDraft(draft.id(), details, members);
    }

    static MemberDetails normalise(MemberDetails m) {
        IdDocument id = new IdDocument(m.idDocument().type(), m.idDocument().number().replaceAll("\\s", ""));
        String insurance = m.healthInsuranceNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return new MemberDetails(VietnameseText.capitaliseWords(m.fullName()), m.sex(), m.birth(),
                VietnameseText.clean(m.ethnicity()), m.relationship(), id, m.workStatus(), insurance,
                VietnameseText.clean(m.note()));
    }

    /** Every violation in a (normalised) draft, judged on the given day; empty when it may be saved. */
    public List<Violation> violations(HouseholdDraft draft, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        checkDetails(draft.details(), out);
        List<MemberDraft> members = draft.members();
        if (members.isEmpty()) {
            out.add(Violation.of("members", "validation.household.members.empty"));
        }
        long heads = members.stream().filter(m -> m.details().relationship() == Relationship.HEAD).count();
        if (!members.isEmpty() && heads == 0) {
            out.add(Violation.of("members", "validation.household.head.missing"));
        }
        Map<String, Integer> firstWithId = new HashMap<>();
        boolean headSeen = false;
        for (int i = 0; i < members.size(); i++) {
            MemberDetails m = members.get(i).details();
            String path = "members[" + i + "].";
            checkMember(m, path, today, out);
            if (m.relationship() == Relationship.HEAD) {
                if (headSeen) {
                    out.add(Violation.of(path + "relationship", "validation.household.head.multiple"));
                }
                headSeen = true;
            }
            String idNumber = m.idDocument().number();
            if (!idNumber.isEmpty()) {
                Integer first = firstWithId.putIfAbsent(idNumber, i);
                if (first != null) {
                    out.add(Violation.of(path + "idNumber", "validation.id.duplicate-in-household", first + 1));
                }
            }
        }
        return out;
    }

    /** The violations of a household's own fields (a household record arriving without its members). */
    public static List<Violation> detailViolations(HouseholdDetails details) {
        List<Violation> out = new ArrayList<>();
        checkDetails(details, out);
        return out;
    }

    /** The violations of one member's fields, judged on the given day (a member record arriving on its own). */
    public List<Violation> memberViolations(MemberDetails member, LocalDate today) {
        List<Violation> out = new ArrayList<>();
        checkMember(member, "", today, out);
        return out;
    }

    private static void checkDetails(HouseholdDetails d, List<Violation> out) {
        if (d.number().isEmpty()) {
            out.add(Violation.of("number", "validation.household.number.required"));
        } else if (d.number().length() > MAX_NUMBER) {
            out.add(Violation.of("number", "validation.text.too-long", MAX_NUMBER));
        }
        if (d.villageId() == null) {
            out.add(Violation.of("villageId", "validation.household.village.required"));
        }
        if (d.area() == null) {
            out.add(Violation.of("area", "validation.household.area.required"));
        }
        if (d.address().length() > MAX_ADDRESS) {
            out.add(Violation.of("address", "validation.text.too-long", MAX_ADDRESS));
        }
        if (PhoneNumber.normalise(d.phone()).isEmpty()) {
            out.add(Violation.of("phone", "validation.phone.invalid"));
        }
    }

    private void checkMember(MemberDetails m, String path, LocalDate today, List<Violation> out) {
        if (m.fullName().isEmpty()) {
            out.add(Violation.of(path + "fullName", "validation.name.required"));
        } else if (m.fullName().length() > MAX_NAME) {
            out.add(Violation.of(path + "fullName", "validation.text.too-long", MAX_NAME));
        } else if (!m.fullName().codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-'
                || c == '\'' || Character.getType(c) == Character.NON_SPACING_MARK)) {
            out.add(Violation.of(path + "fullName", "validation.name.characters"));
        }
        if (m.sex() == null) {
            out.add(Violation.of(path + "sex", "validation.member.sex.required"));
        }
        if (m.birth() == null) {
            out.add(Violation.of(path + "birth", "validation.birth.required"));
        } else if (m.birth().isAfter(today)) {
            out.add(Violation.of(path + "birth", "validation.birth.future"));
        } else if (m.birth().year() < today.getYear() - MAX_AGE) {
            out.add(Violation.of(path + "birth", "validation.birth.too-old", MAX_AGE));
        }
        if (m.ethnicity().isEmpty()) {
            out.add(Violation.of(path + "ethnicity", "validation.member.ethnicity.required"));
        } else if (!ethnicCodes.contains(m.ethnicity())) {
            out.add(Violation.of(path + "ethnicity", "validation.member.ethnicity.unknown", m.ethnicity()));
        }
        if (m.relationship() == null) {
            out.add(Violation.of(path + "relationship", "validation.member.relationship.required"));
        }
        if (m.workStatus() == null) {
            out.add(Violation.of(path + "workStatus", "validation.member.work-status.required"));
        }
        checkIdDocument(m, path, out);
        String insurance = m.healthInsuranceNumber();
        if (!insurance.isEmpty() && !insurance.matches("\\d{10}|\\d{12}|[A-Z]{2}\\d{13}")) {
            out.add(Violation.of(path + "healthInsuranceNumber", "validation.health-insurance.format"));
        }
        if (m.note().length() > MAX_NOTE) {
            out.add(Violation.of(path + "note", "validation.text.too-long", MAX_NOTE));
        }
    }

    private static void checkIdDocument(MemberDetails m, String path, List<Violation> out) {
        IdDocument id = m.idDocument();
        switch (id.type()) {
            case NONE -> {
                if (!id.number().isEmpty()) {
                    out.add(Violation.of(path + "idNumber", "validation.id.none-with-number"));
                }
            }
            case OLD_ID -> {
                if (!id.number().matches("\\d{9}|\\d{12}")) {
                    out.add(Violation.of(path + "idNumber", "validation.id.old.digits"));
                }
            }
            case CCCD -> {
                if (m.birth() == null) {
                    if (!id.number().matches("\\d{12}")) {
                        out.add(Violation.of(path + "idNumber", Cccd.Problem.NOT_12_DIGITS.messageKey()));
                    }
                } else {
                    Cccd.check(id.number(), m.sex(), m.birth().year()).ifPresent(problem ->
                            out.add(Violation.of(path + "idNumber", problem.messageKey())));
                }
            }
        }
    }
}
