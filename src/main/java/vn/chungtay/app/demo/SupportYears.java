package vn.chungtay.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.chungtay.app.demo.HouseholdWriter.CommunePlace;
import vn.chungtay.app.demo.HouseholdWriter.VillagePlace;
import vn.chungtay.app.demo.SupportPrices.Goods;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.support.Credit;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.SupportDetails;
import vn.chungtay.domain.support.SupportEvent;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.store.Repositories;

/**
 * The supports the demo's households received (DOMAIN.md §3), in the proportions of Kon Tum's 2017–2018 report
 * (DOMAIN.md §7), given by what each review year found ({@link Situations#classIn}):
 * <ul>
 *   <li>after the review of a year, at the next Tết, a visit with a gift to most poor households, many near-poor ones
 *       and the families of people of merit — one batch a village (about 28,000 visits a season for 129,000
 *       households in 2017–2018);</li>
 *   <li>the year after, a health-insurance card for every member of a poor household, and tuition exemptions (poor)
 *       or halvings (near-poor) for their pupils, until tuition became free for all in September 2025;</li>
 *   <li>within the year: a few dozen houses for poor households living in makeshift ones (81 in two years), goods
 *       for production handed out village by village (Project 3, Decision 102), preferential loans from the social
 *       policy bank to poor, near-poor and newly escaped households, and the Fund's help after a shock.</li>
 * </ul>
 * Values are whole VND; loans report what is outstanding on {@link #BALANCE_DAY}. Every value comes from the seeded
 * stream and ids from the seeded id source, so the same seed gives the same supports. The last is dated February
 * 2026, so all are valid records from then on (a support may not lie in the future).
 */
final class SupportYears {

    /** The day the loans' outstanding balances are given for: after the last Tết of the demo. */
    static final LocalDate BALANCE_DAY = LocalDate.of(2026, 3, 1);
    /** The last school year that charged tuition: from September 2025 public schools are free. */
    static final int LAST_TUITION_YEAR = 2024;

    /** Kon Tum's households and houses built in 2017–2018: houses a year scale with the demo's size. */
    private static final double KON_TUM_HOUSEHOLDS = 129_000;
    private static final double KON_TUM_HOUSES_A_YEAR = 81 / 2.0;

    /** Who the village's Tết visit reaches. */
    private static final double TET_POOR = 0.93;
    private static final double TET_NEAR_POOR = 0.40;
    private static final double TET_MERIT = 0.85;
    private static final double TET_ALONE = 0.25;
    /** The chance a village gets a distribution of Project 3 or Decision 102 in a year, and who in it gets one. */
    private static final double PROJECT_3_VILLAGE = 0.35;
    private static final double PROJECT_3_POOR = 0.45;
    private static final double PROJECT_3_NEAR_POOR = 0.25;
    private static final double PROJECT_3_ESCAPED = 0.15;
    private static final double DECISION_102_VILLAGE = 0.30;
    private static final double DECISION_102_POOR = 0.80;
    /** Yearly chance of a new loan for a household without one running. */
    private static final double LOAN_POOR = 0.10;
    private static final double LOAN_NEAR_POOR = 0.08;
    private static final double LOAN_ESCAPED = 0.12;
    /** After a shock, the chance the Fund helps a poor or near-poor household. */
    private static final double HARDSHIP_HELP = 0.20;
    private static final double TUITION_POOR = 0.90;
    private static final double TUITION_NEAR_POOR = 0.70;
    /** Households escaped within this many years borrow as newly escaped (DOMAIN.md §3). */
    private static final int ESCAPED_YEARS = 3;

    private static final int HOUSED = 1;

    private final Repositories repos;
    private final Uuids uuids;
    private final ChangeStamp stamp;
    private final Situations situations;
    private final SplittableRandom random;
    /** Per household: whether it got a house; the year its running loan ends (years after 2000; 0: none). */
    private final byte[] given;
    private final byte[] loanEnds;
    private final List<SupportEvent> batch = new ArrayList<>(DemoService.BATCH * 2);
    private String commune;
    private long events;

    SupportYears(Repositories repos, Uuids uuids, ChangeStamp stamp, Situations situations, SplittableRandom random) {
        this.repos = repos;
        this.uuids = uuids;
        this.stamp = stamp;
        this.situations = situations;
        this.random = random;
        this.given = new byte[situations.size()];
        this.loanEnds = new byte[situations.size()];
    }

    /**
     * Writes the supports given for every review year, village by village.
     *
     * @param doneBefore progress units already done; each household adds one a review year
     */
    void write(List<CommunePlace> communes, List<VillagePlace> villages, Progress progress, long doneBefore,
               long total) {
        long done = doneBefore;
        for (int year = ReviewYears.FIRST_YEAR; year <= ReviewYears.LAST_YEAR; year++) {
            double house = houseChance(year);
            for (CommunePlace place : communes) {
                commune = place.code();
                for (int v = place.firstVillage(); v < place.endVillage(); v++) {
                    VillagePlace village = villages.get(v);
                    village(village, year, house);
                    done += village.to() - village.from();
                    if (batch.size() >= DemoService.BATCH) {
                        flush(progress, done, total);
                    }
                }
            }
        }
        flush(progress, done, total);
    }

    long events() {
        return events;
    }

    private void village(VillagePlace village, int year, double house) {
        tetVisits(village, year);
        if (random.nextDouble() < PROJECT_3_VILLAGE) {
            goods(village, year, SupportPrices.PROJECT_3.draw(random), LocalDate.of(year, 4, 1), 150, false);
        }
        boolean rural = village.to() > village.from() && situations.area(village.from()) == Area.RURAL;
        if (rural && random.nextDouble() < DECISION_102_VILLAGE) {
            goods(village, year, SupportPrices.DECISION_102.draw(random), LocalDate.of(year, 3, 15), 75, true);
        }
        LocalDate cards = SupportPrices.day(LocalDate.of(year + 1, 1, 3), 20, random);
        LocalDate tuition = SupportPrices.day(LocalDate.of(year + 1, 9, 15), 45, random);
        for (int i = village.from(); i < village.to(); i++) {
            PovertyClass found = situations.classIn(i, year);
            house(i, year, found, house);
            hardship(i, year, found);
            loan(i, year, found);
            card(i, year, found, cards);
            tuition(i, year, found, tuition);
        }
    }

    /** The village's visit at the Tết after the review: one gift, one giver, one day, one batch. */
    private void tetVisits(VillagePlace village, int year) {
        LocalDate tet = SupportPrices.tetAfter(year);
        LocalDate day = tet.minusDays(1 + random.nextInt(20));
        long gift = SupportPrices.TET_GIFT.draw(random);
        FundingSource source = SupportPrices.TET_SOURCE.draw(random);
        SupportDetails details = new SupportDetails(day, "QUY-VI-NGUOI-NGHEO", "fund-tet-visit", SupportForm.VISIT,
                gift, "Quà Tết", BigDecimal.ONE, "suất", source, null, null, null, "");
        UUID batchId = null;
        for (int i = village.from(); i < village.to(); i++) {
            PovertyClass found = situations.classIn(i, year);
            double chance = found == PovertyClass.POOR ? TET_POOR
                    : found == PovertyClass.NEAR_POOR ? TET_NEAR_POOR
                    : situations.is(i, Situations.MERITORIOUS) ? TET_MERIT
                    : situations.is(i, Situations.NO_WORK_CAPACITY) ? TET_ALONE : 0;
            if (chance > 0 && random.nextDouble() < chance) {
                batchId = batchId == null ? uuids.next() : batchId;
                add(i, batchId, details);
            }
        }
    }

    /**
     * A distribution of goods in the village: Project 3 reaches poor, near-poor and newly escaped households,
     * Decision 102 poor ones only.
     */
    private void goods(VillagePlace village, int year, Goods goods, LocalDate from, int days, boolean poorOnly) {
        SupportDetails details = new SupportDetails(SupportPrices.day(from, days, random), goods.programmeCode(),
                goods.kindCode(), SupportForm.IN_KIND, goods.value(), goods.item(), goods.quantityDecimal(),
                goods.unit(), goods.source(), null, null, null, "");
        UUID batchId = null;
        for (int i = village.from(); i < village.to(); i++) {
            PovertyClass found = situations.classIn(i, year);
            double chance = poorOnly ? (found == PovertyClass.POOR ? DECISION_102_POOR : 0)
                    : found == PovertyClass.POOR ? PROJECT_3_POOR
                    : found == PovertyClass.NEAR_POOR ? PROJECT_3_NEAR_POOR
                    : escaped(i, year) ? PROJECT_3_ESCAPED : 0;
            if (chance > 0 && random.nextDouble() < chance) {
                batchId = batchId == null ? uuids.next() : batchId;
                add(i, batchId, details);
            }
        }
    }

    /** A house for a poor household living in a makeshift one: from the Fund, or built or repaired by Project 5. */
    private void house(int i, int year, PovertyClass found, double chance) {
        if (found != PovertyClass.POOR || !situations.poorHousingIn(i, year) || (given[i] & HOUSED) != 0
                || random.nextDouble() >= chance) {
            return;
        }
        given[i] |= HOUSED;
        LocalDate day = SupportPrices.day(LocalDate.of(year, 3, 1), 270, random);
        SupportDetails details;
        if (random.nextDouble() < SupportPrices.FUND_HOUSE_SHARE) {
            details = new SupportDetails(day, "QUY-VI-NGUOI-NGHEO", "fund-housing", SupportForm.CASH,
                    SupportPrices.FUND_HOUSE.draw(random), "Nhà Đại đoàn kết", BigDecimal.ONE, "căn",
                    FundingSource.FUND_FOR_THE_POOR, null, null, null, "");
        } else {
            boolean repair = random.nextDouble() < SupportPrices.HOUSE_REPAIR_SHARE;
            details = new SupportDetails(day, "NTP-GNBV", "ntp-5-housing", SupportForm.CASH,
                    repair ? SupportPrices.HOUSE_REPAIR : SupportPrices.NEW_HOUSE,
                    repair ? "Sửa chữa nhà ở" : "Xây mới nhà ở", BigDecimal.ONE, "căn", FundingSource.CENTRAL_BUDGET,
                    null, null, null, "");
        }
        add(i, null, details);
    }

    /** The Fund's help to a poor or near-poor household after a shock. */
    private void hardship(int i, int year, PovertyClass found) {
        if ((found != PovertyClass.POOR && found != PovertyClass.NEAR_POOR) || !situations.shockIn(i, year)
                || random.nextDouble() >= HARDSHIP_HELP) {
            return;
        }
        LocalDate day = SupportPrices.day(LocalDate.of(year, 1, 1), 365, random);
        add(i, null, new SupportDetails(day, "QUY-VI-NGUOI-NGHEO", "fund-donation", SupportForm.CASH,
                SupportPrices.HARDSHIP_GIFT.draw(random), "", null, "", FundingSource.FUND_FOR_THE_POOR, null, null,
                null, SupportPrices.HARDSHIP.draw(random)));
    }

    /** A loan of the social policy bank to a household without one running. */
    private void loan(int i, int year, PovertyClass found) {
        if (loanEnds[i] != 0 && 2000 + loanEnds[i] > year) {
            return;
        }
        String kind;
        BigDecimal rate;
        double chance;
        if (found == PovertyClass.POOR) {
            kind = "credit-poor";
            rate = SupportPrices.RATE_POOR;
            chance = LOAN_POOR;
        } else if (found == PovertyClass.NEAR_POOR) {
            kind = "credit-near-poor";
            rate = SupportPrices.RATE_NEAR_POOR;
            chance = LOAN_NEAR_POOR;
        } else if (escaped(i, year)) {
            kind = "credit-newly-escaped";
            rate = SupportPrices.RATE_NEWLY_ESCAPED;
            chance = LOAN_ESCAPED;
        } else {
            return;
        }
        if (random.nextDouble() >= chance) {
            return;
        }
        LocalDate day = SupportPrices.day(LocalDate.of(year, 1, 10), 330, random);
        long amount = (found == PovertyClass.POOR ? SupportPrices.LOAN_POOR : SupportPrices.LOAN_OTHER).draw(random);
        int term = SupportPrices.LOAN_TERM.draw(random);
        long months = Math.min(term, ChronoUnit.MONTHS.between(day, BALANCE_DAY));
        long outstanding = amount * (term - months) / term / 1_000 * 1_000;
        loanEnds[i] = (byte) (day.plusMonths(term).getYear() - 2000);
        add(i, null, new SupportDetails(day, "NHCSXH", kind, SupportForm.CREDIT, amount, "", null, "",
                FundingSource.SOCIAL_POLICY_BANK, day, day.plusMonths(term), new Credit(term, rate, outstanding),
                "Mục đích: " + SupportPrices.LOAN_PURPOSE.draw(random)));
    }

    /** Health-insurance cards for every member of a household poor in the review, valid the next year. */
    private void card(int i, int year, PovertyClass found, LocalDate day) {
        if (found != PovertyClass.POOR) {
            return;
        }
        int members = situations.persons(i);
        add(i, null, new SupportDetails(day, "BHYT", "bhyt-poor", SupportForm.SERVICE,
                members * SupportPrices.cardValue(year + 1), "Thẻ BHYT", BigDecimal.valueOf(members), "thẻ",
                FundingSource.CENTRAL_BUDGET, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 12, 31), null,
                ""));
    }

    /** Tuition of the next school year: exempted for pupils of poor households, halved for near-poor ones. */
    private void tuition(int i, int year, PovertyClass found, LocalDate day) {
        int pupils = situations.pupils(i);
        if (year + 1 > LAST_TUITION_YEAR || pupils == 0
                || (found != PovertyClass.POOR && found != PovertyClass.NEAR_POOR)) {
            return;
        }
        boolean poor = found == PovertyClass.POOR;
        if (random.nextDouble() >= (poor ? TUITION_POOR : TUITION_NEAR_POOR)) {
            return;
        }
        long fee = SupportPrices.tuition(situations.area(i)) / (poor ? 1 : 2);
        add(i, null, new SupportDetails(day, "HOC-PHI", poor ? "tuition-exemption" : "tuition-reduction",
                SupportForm.SERVICE, pupils * fee, "Học phí năm học " + (year + 1) + "–" + (year + 2),
                BigDecimal.valueOf(pupils), "học sinh", FundingSource.LOCAL_BUDGET, LocalDate.of(year + 1, 9, 5),
                LocalDate.of(year + 2, 5, 31), null, ""));
    }

    /** Not poor in the year's review, but poor in one of the {@link #ESCAPED_YEARS} before. */
    private boolean escaped(int i, int year) {
        if (situations.classIn(i, year) == PovertyClass.POOR) {
            return false;
        }
        for (int y = year - ESCAPED_YEARS; y < year; y++) {
            if (situations.classIn(i, y) == PovertyClass.POOR) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chance that a poor household in a makeshift house gets one this year, so that houses scale with the
     * province as Kon Tum's 81 in two years did.
     */
    private double houseChance(int year) {
        int candidates = 0;
        for (int i = 0; i < situations.size(); i++) {
            if (situations.classIn(i, year) == PovertyClass.POOR && situations.poorHousingIn(i, year)
                    && (given[i] & HOUSED) == 0) {
                candidates++;
            }
        }
        double houses = situations.size() * KON_TUM_HOUSES_A_YEAR / KON_TUM_HOUSEHOLDS;
        return candidates == 0 ? 0 : Math.min(1, houses / candidates);
    }

    private void add(int i, UUID batchId, SupportDetails details) {
        batch.add(new SupportEvent(RecordMeta.born(uuids.next(), commune, uuids.next(), stamp), situations.id(i),
                batchId, details));
    }

    private void flush(Progress progress, long done, long total) {
        progress.checkCancelled();
        repos.supports().insertAll(batch);
        events += batch.size();
        batch.clear();
        progress.update(done, total);
    }
}
