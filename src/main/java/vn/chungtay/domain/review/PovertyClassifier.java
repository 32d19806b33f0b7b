package vn.chungtay.domain.review;

import java.util.Collection;
import java.util.List;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.validation.ValidationException;
import vn.chungtay.domain.validation.Violation;

/**
 * Classifies a household under a standard from its income (or B1 score), its area and its deprivations, with the
 * reason. Every threshold is inclusive (≤). The rules are DOMAIN.md §1; the thresholds come from the standard's data.
 */
public final class PovertyClassifier {

    private PovertyClassifier() {
    }

    /**
     * The class and its reason.
     *
     * @param lacking the codes of the indicators the household lacks; each must belong to the standard
     * @throws ValidationException for a negative income or score, an indicator the standard does not have, or a B1
     *                             score where the standard gives no B1 thresholds
     */
    public static Classification classify(StandardDetails standard, Area area, Evidence evidence,
                                          Collection<String> lacking) {
        for (String code : lacking) {
            if (standard.indicator(code).isEmpty()) {
                throw new ValidationException(Violation.of("lacking", "validation.review.indicator.unknown", code,
                        standard.code()));
            }
        }
        int deprivations = (int) lacking.stream().distinct().count();
        AreaLines lines = standard.lines(area);
        if (evidence instanceof Evidence.Income income) {
            if (income.vndPerPersonMonth() < 0) {
                throw new ValidationException(Violation.of("income", "validation.review.income.negative"));
            }
            return byIncome(standard, lines, income.vndPerPersonMonth(), deprivations);
        }
        Evidence.B1Score score = (Evidence.B1Score) evidence;
        if (score.points() < 0) {
            throw new ValidationException(Violation.of("b1", "validation.review.b1.negative"));
        }
        if (lines.b1Max() == null || standard.b2Threshold() == null) {
            throw new ValidationException(Violation.of("b1", "validation.review.b1.unavailable", standard.code()));
        }
        return byScore(standard, lines, score.points(), deprivations);
    }

    private static Classification byIncome(StandardDetails standard, AreaLines lines, long income, int deprivations) {
        int threshold = standard.deprivationThreshold();
        long line = lines.povertyLine();
        if (standard.rule() == ClassificationRule.INCOME_AND_DEPRIVATION) {
            if (income <= line) {
                return deprivations >= threshold
                        ? of(PovertyClass.POOR, "review.reason.and.poor", income, line, deprivations, threshold)
                        : of(PovertyClass.NEAR_POOR, "review.reason.and.near-poor", income, line, deprivations,
                        threshold);
            }
        } else {
            if (income <= line) {
                return of(PovertyClass.POOR, "review.reason.or.poor-income", income, line);
            }
            long nearLine = lines.nearPoorUpper();
            if (income <= nearLine) {
                return deprivations >= threshold
                        ? of(PovertyClass.POOR, "review.reason.or.poor-deprived", line, income, nearLine,
                        deprivations, threshold)
                        : of(PovertyClass.NEAR_POOR, "review.reason.or.near-poor", line, income, nearLine,
                        deprivations, threshold);
            }
        }
        long below = lines.nearPoorUpper();
        if (lines.averageUpper() != null && income <= lines.averageUpper()) {
            return of(PovertyClass.AVERAGE, "review.reason.average", below, income, lines.averageUpper());
        }
        long top = lines.averageUpper() != null ? lines.averageUpper() : below;
        return of(PovertyClass.NOT_POOR, "review.reason.above", income, top);
    }

    private static Classification byScore(StandardDetails standard, AreaLines lines, int b1, int deprivations) {
        int b2 = deprivations * standard.pointsPerIndicator();
        int b2Threshold = standard.b2Threshold();
        if (b1 <= lines.b1Max()) {
            return b2 >= b2Threshold
                    ? of(PovertyClass.POOR, "review.reason.b1.poor", b1, lines.b1Max(), b2, b2Threshold)
                    : of(PovertyClass.NEAR_POOR, "review.reason.b1.near-poor", b1, lines.b1Max(), b2, b2Threshold);
        }
        return of(PovertyClass.NOT_POOR, "review.reason.b1.above", b1, lines.b1Max());
    }

    private static Classification of(PovertyClass povertyClass, String key, Object... args) {
        return new Classification(povertyClass, key, List.of(args));
    }
}
