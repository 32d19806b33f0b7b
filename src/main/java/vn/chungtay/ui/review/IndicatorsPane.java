package vn.chungtay.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.chungtay.domain.review.Indicator;

/**
 * The deprivation indicators of the round's standard as checkboxes, grouped by dimension in the standard's order,
 * each with its legal definition written under it: the reviewer judges by the definition, so it must be in sight,
 * not behind a click. The definition is also the checkbox's tooltip, for the English names.
 */
final class IndicatorsPane {

    private final ObservableList<IndicatorChoice> choices;
    private final VBox root = new VBox(6);

    IndicatorsPane(ObservableList<IndicatorChoice> choices) {
        this.choices = choices;
        root.getStyleClass().add("indicators");
        // The list is replaced once, when the form has loaded the round's standard; ticking only updates it.
        choices.addListener((ListChangeListener<IndicatorChoice>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved();
            }
            if (structural) {
                layout();
            }
        });
        layout();
    }

    Node root() {
        return root;
    }

    private void layout() {
        root.getChildren().clear();
        Map<String, List<IndicatorChoice>> byDimension = new LinkedHashMap<>();
        choices.forEach(c -> byDimension.computeIfAbsent(c.dimension(), d -> new ArrayList<>()).add(c));
        byDimension.forEach((dimension, members) -> {
            Label heading = new Label(dimension);
            heading.getStyleClass().add("dimension-title");
            root.getChildren().add(heading);
            members.forEach(c -> root.getChildren().add(choice(c)));
        });
    }

    private Node choice(IndicatorChoice choice) {
        Indicator indicator = choice.indicator();
        CheckBox box = new CheckBox(choice.label());
        box.setId("review-indicator-" + indicator.code());
        box.selectedProperty().bindBidirectional(choice.lackingProperty());
        box.setWrapText(true);
        Tooltip tip = new Tooltip(choice.definition());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        box.setTooltip(tip);
        Label definition = new Label(choice.definition());
        definition.getStyleClass().addAll("muted", "indicator-definition");
        definition.setWrapText(true);
        definition.setMinHeight(Region.USE_PREF_SIZE);
        // A click on the definition ticks the box too, as on the label of a paper form.
        definition.setOnMouseClicked(e -> {
            if (!box.isDisabled()) {
                box.setSelected(!box.isSelected());
            }
        });
        VBox item = new VBox(1, box, definition);
        item.getStyleClass().add("indicator");
        return item;
    }
}
