package vn.chungtay.ui.review;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.chungtay.domain.review.Indicator;

/**
 * One deprivation indicator of the round's standard in the review form: ticked when the household lacks it. The
 * label follows the reader's language, while the definition stays the legal Vietnamese text it is judged by.
 */
public final class IndicatorChoice {

    private final Indicator indicator;
    private final String label;
    private final BooleanProperty lacking = new SimpleBooleanProperty();

    IndicatorChoice(Indicator indicator, boolean english, boolean lacking) {
        this.indicator = indicator;
        this.label = english ? indicator.nameEn() : indicator.name();
        this.lacking.set(lacking);
    }

    public Indicator indicator() {
        return indicator;
    }

    public String code() {
        return indicator.code();
    }

    public String label() {
        return label;
    }

    public String definition() {
        return indicator.definition();
    }

    public String dimension() {
        return indicator.dimension();
    }

    public BooleanProperty lackingProperty() {
        return lacking;
    }
}
