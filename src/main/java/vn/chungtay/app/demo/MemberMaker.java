package vn.chungtay.app.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;
import vn.chungtay.app.demo.FamilyMaker.Sketch;
import vn.chungtay.domain.household.BirthDate;
import vn.chungtay.domain.household.IdDocument;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.MemberDetails;
import vn.chungtay.domain.household.WorkStatus;

/**
 * Turns a sketched member into what the review form records (DOMAIN.md §2): name, date or only year of birth, work
 * status, identity document and health-insurance number.
 *
 * <p>Ages are counted on a fixed reference day, not today, so that the same seed gives the same people — and the
 * same content digest — whenever the demo is made. The day is 31 December 2024, after the last annual review Kon Tum
 * made as a province (DOMAIN.md §2, §4); being in the past, no birth is ever in the future for a clock set to 2025
 * or later.
 */
final class MemberMaker {

    static final LocalDate REFERENCE_DAY = LocalDate.of(2024, 12, 31);

    private final SplittableRandom random;
    private final IdNumbers ids;

    MemberMaker(SplittableRandom random, IdNumbers ids) {
        this.random = random;
        this.ids = ids;
    }

    MemberDetails details(Sketch s) {
        boolean minority = !s.ethnicity().equals("01");
        LocalDate born = REFERENCE_DAY.minusYears(s.age()).minusDays(random.nextInt(365));
        BirthDate birth = random.nextDouble() < fullDateShare(minority, s.age()) ? BirthDate.of(born)
                : BirthDate.ofYear(born.getYear());
        String name = PersonNames.fullName(s.ethnicity(), s.lineage(), s.sex(), born.getYear(), random);
        return new MemberDetails(name, s.sex(), birth, s.ethnicity(), s.relationship(), idDocument(s, born.getYear()),
                workStatus(s.age(), minority), insurance(s.age(), minority), "");
    }

    /** Older people, above all in the highlands, often know only their year of birth. */
    private static double fullDateShare(boolean minority, int age) {
        double share = minority ? 0.55 : 0.85;
        return age >= 60 ? share / 2 : share;
    }

    /**
     * CCCD cards are issued from age 14 and now held by most adults; some older people still carry the old 9-digit
     * card, and some elderly highlanders have no card at all. Children under 14 have none.
     */
    private IdDocument idDocument(Sketch s, int birthYear) {
        int age = s.age();
        if (age < 14) {
            return IdDocument.NONE;
        }
        boolean minority = !s.ethnicity().equals("01");
        double cccd;
        double old;
        if (age < 18) {
            cccd = minority ? 0.55 : 0.7;
            old = 0;
        } else if (age < 60) {
            cccd = minority ? 0.85 : 0.92;
            old = minority ? 0.07 : 0.04;
        } else {
            cccd = minority ? 0.55 : 0.7;
            old = 0.2;
        }
        double x = random.nextDouble();
        if (x < cccd) {
            String registration = ids.registrationCode(s.ethnicity(), birthYear, random);
            return new IdDocument(IdType.CCCD, ids.cccd(registration, s.sex(), birthYear));
        }
        return x < cccd + old ? new IdDocument(IdType.OLD_ID, ids.oldId()) : IdDocument.NONE;
    }

    /** The status the review form asks for, plausible for the age: pupils, workers, the old who can no longer work. */
    private WorkStatus workStatus(int age, boolean minority) {
        double x = random.nextDouble();
        if (age < 3) {
            return WorkStatus.NOT_WORKING;
        }
        if (age < 6) {
            return x < 0.75 ? WorkStatus.IN_SCHOOL : WorkStatus.NOT_WORKING;
        }
        if (age < 15) {
            return x < 0.95 ? WorkStatus.IN_SCHOOL : x < 0.98 ? WorkStatus.NOT_WORKING : WorkStatus.UNABLE_TO_WORK;
        }
        if (age < 18) {
            double school = minority ? 0.55 : 0.75;
            return x < school ? WorkStatus.IN_SCHOOL : x < 0.95 ? WorkStatus.WORKING : WorkStatus.NOT_WORKING;
        }
        if (age < 23) {
            double school = minority ? 0.12 : 0.35;
            return x < school ? WorkStatus.IN_SCHOOL : x < 0.9 ? WorkStatus.WORKING : WorkStatus.NOT_WORKING;
        }
        if (age < 60) {
            return x < 0.88 ? WorkStatus.WORKING : x < 0.96 ? WorkStatus.NOT_WORKING : WorkStatus.UNABLE_TO_WORK;
        }
        if (age < 75) {
            return x < 0.5 ? WorkStatus.WORKING : x < 0.85 ? WorkStatus.NOT_WORKING : WorkStatus.UNABLE_TO_WORK;
        }
        return x < 0.1 ? WorkStatus.WORKING : x < 0.55 ? WorkStatus.NOT_WORKING : WorkStatus.UNABLE_TO_WORK;
    }

    /**
     * The state buys health insurance for ethnic minorities in difficult areas, for the poor and for children under 6;
     * so most highlanders and small children have a card, other Kinh less often.
     */
    private String insurance(int age, boolean minority) {
        double share = minority ? 0.9 : age < 6 ? 0.95 : 0.65;
        return random.nextDouble() < share ? ids.healthInsurance() : "";
    }
}
