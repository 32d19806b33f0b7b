package vn.chungtay.ui.review;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.control.Labeled;
import vn.chungtay.domain.review.PovertyClass;

/**
 * The colour of a class wherever it shows, from the theme's own colours, so that a list of classes reads at a glance:
 * poor red, near-poor orange, average blue, not poor green.
 */
public final class ClassStyles {

    private static final List<String> ALL = List.of(Styles.DANGER, Styles.WARNING, Styles.ACCENT, Styles.SUCCESS);

    private ClassStyles() {
    }

    public static String of(PovertyClass povertyClass) {
        return switch (povertyClass) {
            case POOR -> Styles.DANGER;
            case NEAR_POOR -> Styles.WARNING;
            case AVERAGE -> Styles.ACCENT;
            case NOT_POOR -> Styles.SUCCESS;
        };
    }

    /** Colours the text by the class; no class ({@code null}) leaves it plain. */
    public static void apply(Labeled labeled, PovertyClass povertyClass) {
        labeled.getStyleClass().removeAll(ALL);
        if (povertyClass != null) {
            labeled.getStyleClass().add(of(povertyClass));
        }
    }
}
