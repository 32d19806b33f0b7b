package vn.chungtay.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.chungtay.app.demo.HouseholdWriter.CommunePlace;
import vn.chungtay.app.demo.HouseholdWriter.VillagePlace;
import vn.chungtay.app.work.Progress;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.record.ChangeStamp;
import vn.chungtay.domain.record.RecordMeta;
import vn.chungtay.domain.record.Uuids;
import vn.chungtay.domain.review.Evidence;
import vn.chungtay.domain.review.HouseholdReview;
import vn.chungtay.domain.review.PovertyClass;
import vn.chungtay.domain.review.PovertyClassifier;
import vn.chungtay.domain.review.ReviewDetails;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.review.RoundKind;
import vn.chungtay.domain.review.RoundStatus;
import vn.chungtay.domain.review.StandardDetails;
import vn.chungtay.domain.review.Transition;
import vn.chungtay.store.Repositories;

/**
 * The review years of the demo province: for every year of the 2022–2025 standard and every commune, a periodic round
 * opened in September and closed in December (the periodic review runs 1 September – 14 December, DOMAIN.md §2) in
 * which the village heads reviewed every household in October and November. Each review records the year's income
 * and deprivations from {@link Livelihoods}; the class is the classifier's answer and the transition follows the
 * rules of {@link vn.chungtay.domain.review.RoundHistory} for periodic rounds, so the movement tables balance.
 *
 * <p>Years go in order, and within a year communes, villages and households in the order they were made, so the same
 * seed gives the same reviews; they are inserted in batches.
 */
final class ReviewYears {

    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2025;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
    /** The standard the demo reviews by: the one in force for 2022–2025 (DOMAIN.md §1). */
    static final String STANDARD_CODE = "2022-2025";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Repositories repos;
    private final Uuids uuids;
    private final ChangeStamp stamp;
    private final Livelihoods livelihoods;
    private final Situations situations;
    private final SplittableRandom life;
    private final SplittableRandom paper;
    private final List<List<String>> lackingLists;
    /** The bits of the housing indicators (quality, area): a house for the poor goes where they are lacking. */
    private final int housing;
    private final List<HouseholdReview> batch = new ArrayList<>(DemoService.BATCH);
    private int rounds;
    private long reviews;

    /**
     * @param life  the stream the households' livelihoods are drawn from (as when they were made)
     * @param paper the stream for what is only paperwork: dates and village heads
     */
    ReviewYears(Repositories repos, Uuids uuids, ChangeStamp stamp, Livelihoods livelihoods, Situations situations,
                SplittableRandom life, SplittableRandom paper) {
        this.repos = repos;
        this.uuids = uuids;
        this.stamp = stamp;
        this.livelihoods = livelihoods;
        this.situations = situations;
        this.life = life;
        this.paper = paper;
        this.housing = bits(livelihoods.standard(), "housing-quality", "housing-area");
        this.lackingLists = new ArrayList<>();
        for (int mask = 0; mask < 1 << livelihoods.standard().indicators().size(); mask++) {
            lackingLists.add(null);
        }
    }

    /**
     * Writes the rounds, their log and the reviews of every year.
     *
     * @param doneBefore progress units already done (one a household made); each review adds one
     */
    void write(List<CommunePlace> communes, List<VillagePlace> villages, Progress progress, long doneBefore,
               long total) {
        VillageHeads heads = new VillageHeads(villages.stream().map(VillagePlace::mainEthnicity).toList(), paper);
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (year > FIRST_YEAR) {
                heads.nextYear();
            }
            for (CommunePlace commune : communes) {
                ReviewRound round = round(commune.code(), year);
                for (int v = commune.firstVillage(); v < commune.endVillage(); v++) {
                    VillagePlace village = villages.get(v);
                    LocalDate start = LocalDate.of(year, 10, 1).plusDays(paper.nextInt(45));
                    for (int i = village.from(); i < village.to(); i++) {
                        batch.add(review(round, village, i, start.plusDays(paper.nextInt(10)), heads.name(v)));
                        if (batch.size() == DemoService.BATCH) {
                            flush(progress, doneBefore, total);
                        }
                    }
                }
            }
        }
        if (!batch.isEmpty()) {
            flush(progress, doneBefore, total);
        }
    }

    int rounds() {
        return rounds;
    }

    long reviews() {
        return reviews;
    }

    /** A commune's periodic round of the year, closed, with its log: opened 15 September, closed 8–12 December. */
    private ReviewRound round(String communeCode, int year) {
        LocalDate opened = LocalDate.of(year, 9, 15);
        LocalDate closed = LocalDate.of(year, 12, 8 + paper.nextInt(5));
        ReviewRound round = new ReviewRound(RecordMeta.born(uuids.next(), communeCode, uuids.next(), stamp),
                communeCode, year, RoundKind.PERIODIC, livelihoods.standard().code(), opened, RoundStatus.CLOSED,
                closed);
        repos.rounds().save(round);
        repos.rounds().log(round.id(), RoundEvent.Kind.OPENED, DemoService.USER, at(opened, 8), "");
        repos.rounds().log(round.id(), RoundEvent.Kind.CLOSED, DemoService.USER, at(closed, 16), "");
        rounds++;
        return round;
    }

    private HouseholdReview review(ReviewRound round, VillagePlace village, int i, LocalDate reviewedOn,
                                   String reviewer) {
        boolean shock = livelihoods.live(situations, i, round.year() == FIRST_YEAR, life);
        StandardDetails standard = livelihoods.standard();
        List<String> lacking = lacking(situations.lacking(i));
        Area area = situations.area(i);
        Evidence evidence = new Evidence.Income(situations.income(i));
        PovertyClass povertyClass = PovertyClassifier.classify(standard, area, evidence, lacking).povertyClass();
        Transition transition = situations.advance(i, povertyClass);
        situations.remember(i, round.year(), povertyClass, shock, (situations.lacking(i) & housing) != 0);
        ReviewDetails details = new ReviewDetails(village.village().meta().id(), area, situations.persons(i),
                evidence, lacking, situations.categories(i), reviewer, reviewedOn, "");
        return new HouseholdReview(RecordMeta.born(uuids.next(), round.communeCode(), uuids.next(), stamp),
                round.id(), situations.id(i), round.year(), details, povertyClass, transition);
    }

    /** The codes of the indicators in the mask, in the standard's order; one shared list per mask. */
    private List<String> lacking(int mask) {
        List<String> list = lackingLists.get(mask);
        if (list == null) {
            List<String> codes = new ArrayList<>();
            for (int p = 0; p < livelihoods.standard().indicators().size(); p++) {
                if ((mask & 1 << p) != 0) {
                    codes.add(livelihoods.standard().indicators().get(p).code());
                }
            }
            list = List.copyOf(codes);
            lackingLists.set(mask, list);
        }
        return list;
    }

    private static int bits(StandardDetails standard, String... codes) {
        int bits = 0;
        for (int p = 0; p < standard.indicators().size(); p++) {
            if (List.of(codes).contains(standard.indicators().get(p).code())) {
                bits |= 1 << p;
            }
        }
        return bits;
    }

    private void flush(Progress progress, long doneBefore, long total) {
        progress.checkCancelled();
        repos.reviews().insertAll(batch);
        reviews += batch.size();
        batch.clear();
        progress.update(doneBefore + reviews, total);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(VIETNAM).toInstant();
    }
}
