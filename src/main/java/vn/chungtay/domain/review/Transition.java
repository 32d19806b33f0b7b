package vn.chungtay.domain.review;

/**
 * How a household's class moved since its previous review (DOMAIN.md §2), from the poor and near-poor points of view.
 * "Entered" means no earlier review: a new, split or arrived household.
 */
public enum Transition {
    STAYS_POOR("review.transition.stays-poor"),
    ESCAPED_TO_NEAR_POOR("review.transition.escaped-to-near-poor"),
    ESCAPED_ABOVE_NEAR_POOR("review.transition.escaped-above"),
    NEAR_POOR_BECAME_POOR("review.transition.near-poor-became-poor"),
    RE_POOR("review.transition.re-poor"),
    NEWLY_POOR("review.transition.newly-poor"),
    STAYS_NEAR_POOR("review.transition.stays-near-poor"),
    NEAR_POOR_ESCAPED("review.transition.near-poor-escaped"),
    RE_NEAR_POOR("review.transition.re-near-poor"),
    NEWLY_NEAR_POOR("review.transition.newly-near-poor"),
    STAYS_ABOVE("review.transition.stays-above"),
    ENTERED_POOR("review.transition.entered-poor"),
    ENTERED_NEAR_POOR("review.transition.entered-near-poor"),
    ENTERED_ABOVE("review.transition.entered-above");

    private final String messageKey;

    Transition(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * The transition from the previous class ({@code null}: never reviewed) to the current one.
     *
     * @param everPoorBefore     the household was poor in some review before the previous one
     * @param everNearPoorBefore the household was near-poor in some review before the previous one
     */
    public static Transition of(PovertyClass previous, PovertyClass now, boolean everPoorBefore,
                                boolean everNearPoorBefore) {
        if (previous == null) {
            return now == PovertyClass.POOR ? ENTERED_POOR
                    : now == PovertyClass.NEAR_POOR ? ENTERED_NEAR_POOR : ENTERED_ABOVE;
        }
        return switch (now) {
            case POOR -> switch (previous) {
                case POOR -> STAYS_POOR;
                case NEAR_POOR -> NEAR_POOR_BECAME_POOR;
                default -> everPoorBefore ? RE_POOR : NEWLY_POOR;
            };
            case NEAR_POOR -> switch (previous) {
                case POOR -> ESCAPED_TO_NEAR_POOR;
                case NEAR_POOR -> STAYS_NEAR_POOR;
                default -> everNearPoorBefore || everPoorBefore ? RE_NEAR_POOR : NEWLY_NEAR_POOR;
            };
            default -> switch (previous) {
                case POOR -> ESCAPED_ABOVE_NEAR_POOR;
                case NEAR_POOR -> NEAR_POOR_ESCAPED;
                default -> STAYS_ABOVE;
            };
        };
    }
}
