package vn.chungtay.ui.standard;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One area's thresholds as typed; blank means "none" for all but the poverty line. */
public final class AreaFields {

    private final StringProperty povertyLine = new SimpleStringProperty("");
    private final StringProperty nearPoorLine = new SimpleStringProperty("");
    private final StringProperty averageUpper = new SimpleStringProperty("");
    private final StringProperty b1Max = new SimpleStringProperty("");

    public StringProperty povertyLineProperty() {
        return povertyLine;
    }

    public StringProperty nearPoorLineProperty() {
        return nearPoorLine;
    }

    public StringProperty averageUpperProperty() {
        return averageUpper;
    }

    public StringProperty b1MaxProperty() {
        return b1Max;
    }

    List<StringProperty> all() {
        return List.of(povertyLine, nearPoorLine, averageUpper, b1Max);
    }
}
