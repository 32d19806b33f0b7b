package vn.chungtay.ui.standard;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.chungtay.domain.review.Indicator;
import vn.chungtay.domain.text.VietnameseText;

/**
 * One indicator as typed. The code of an indicator the standard already had stays fixed: reviews store the codes
 * of what a household lacks, so a renamed code would orphan them. Renaming means the name.
 */
public final class IndicatorFields {

    private final boolean added;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty dimension = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty definition = new SimpleStringProperty("");

    IndicatorFields(Indicator indicator) {
        added = indicator == null;
        if (indicator != null) {
            code.set(indicator.code());
            dimension.set(indicator.dimension());
            name.set(indicator.name());
            nameEn.set(indicator.nameEn().equals(indicator.name()) ? "" : indicator.nameEn());
            definition.set(indicator.definition());
        }
    }

    /** True for an indicator added in this form, whose code may still be typed. */
    public boolean isAdded() {
        return added;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty dimensionProperty() {
        return dimension;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    List<StringProperty> all() {
        return List.of(code, dimension, name, nameEn, definition);
    }

    Indicator indicator() {
        return new Indicator(code.get().strip(), VietnameseText.clean(dimension.get()),
                VietnameseText.clean(name.get()), VietnameseText.clean(nameEn.get()).isEmpty() ? null
                : VietnameseText.clean(nameEn.get()), VietnameseText.clean(definition.get()));
    }
}
