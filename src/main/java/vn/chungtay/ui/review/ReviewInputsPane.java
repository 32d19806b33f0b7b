package vn.chungtay.ui.review;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.common.FieldDecorations;

/**
 * The review form's inputs in the order of the paper form: income per person per month or the B1 score (a choice;
 * B1 only where the standard gives its thresholds), the indicators, the household categories (DTTS shown as derived,
 * the others ticked by the reviewer), and reviewer, date and note.
 */
final class ReviewInputsPane {

    private final ReviewFormViewModel model;
    private final Messages messages;
    private final FieldDecorations decorations;
    private final VBox root = new VBox(10);
    private TextField income;

    ReviewInputsPane(ReviewFormViewModel model, Messages messages, FieldDecorations decorations) {
        this.model = model;
        this.messages = messages;
        this.decorations = decorations;
        root.getChildren().addAll(section("review.ui.section.means"), means(),
                section("review.ui.section.indicators"), new IndicatorsPane(model.indicators()).root(),
                section("review.ui.section.categories"), categories(),
                section("review.ui.section.reviewer"), reviewer());
        root.disableProperty().bind(model.readOnlyProperty());
        // A closed round's review is read, not greyed out: the style sheet keeps its ticks and values legible.
        model.readOnlyProperty().addListener((obs, was, is) -> {
            root.getStyleClass().remove("read-only");
            if (is) {
                root.getStyleClass().add("read-only");
            }
        });
    }

    Node root() {
        return root;
    }

    /** The field a person starts with. */
    TextField first() {
        return income;
    }

    private Node means() {
        ToggleGroup choice = new ToggleGroup();
        RadioButton byIncome = new RadioButton(messages.get("review.ui.by-income"));
        byIncome.setId("review-by-income");
        byIncome.setToggleGroup(choice);
        RadioButton byB1 = new RadioButton(messages.get("review.ui.by-b1"));
        byB1.setId("review-by-b1");
        byB1.setToggleGroup(choice);
        byB1.disableProperty().bind(model.b1AvailableProperty().not());
        byIncome.setSelected(!model.useB1Property().get());
        byB1.setSelected(model.useB1Property().get());
        model.useB1Property().addListener((obs, old, now) -> (now ? byB1 : byIncome).setSelected(true));
        choice.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.useB1Property().set(now == byB1);
            }
        });
        income = new TextField();
        income.setId("review-income");
        income.setPromptText(messages.get("review.ui.income.prompt"));
        income.textProperty().bindBidirectional(model.incomeProperty());
        income.disableProperty().bind(model.useB1Property());
        income.setPrefColumnCount(12);
        income.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                model.tidyIncome();
            }
        });
        income.setOnAction(e -> model.tidyIncome());
        TextField b1 = new TextField();
        b1.setId("review-b1");
        b1.setPromptText(messages.get("review.ui.b1.prompt"));
        b1.textProperty().bindBidirectional(model.b1Property());
        b1.disableProperty().bind(model.useB1Property().not());
        b1.setPrefColumnCount(9);
        decorations.register("income", income);
        decorations.register("b1", b1);
        Label unit = new Label(messages.get("review.ui.income.unit"));
        unit.getStyleClass().add("muted");
        HBox incomeLine = new HBox(8, byIncome, income, unit);
        incomeLine.setAlignment(Pos.CENTER_LEFT);
        HBox b1Line = new HBox(8, byB1, b1);
        b1Line.setAlignment(Pos.CENTER_LEFT);
        byIncome.setMinWidth(Region.USE_PREF_SIZE);
        byB1.setMinWidth(Region.USE_PREF_SIZE);
        Label lines = new Label();
        lines.setId("review-lines");
        lines.getStyleClass().add("muted");
        lines.setWrapText(true);
        lines.setMinHeight(Region.USE_PREF_SIZE);
        lines.textProperty().bind(model.summary().linesProperty());
        return new VBox(6, incomeLine, b1Line, lines);
    }

    private Node categories() {
        Label minority = new Label();
        minority.setId("review-minority");
        minority.setWrapText(true);
        minority.setMinHeight(Region.USE_PREF_SIZE);
        minority.textProperty().bind(model.summary().minorityProperty());
        return new VBox(6, minority,
                check("review-no-work", "review.ui.category.no-work", model.noWorkCapacityProperty()),
                check("review-meritorious", "review.ui.category.meritorious", model.meritoriousProperty()),
                check("review-female-head", "review.ui.category.female-head", model.femaleHeadProperty()));
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private Node reviewer() {
        TextField name = field("review-reviewer", "reviewer", model.reviewerProperty(), "");
        TextField date = field("review-date", "reviewedOn", model.reviewedOnProperty(),
                messages.get("unit.date.prompt"));
        TextField note = field("review-note", "note", model.noteProperty(), "");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("review.ui.reviewer"), name, label("review.ui.date"), date);
        grid.addRow(1, label("review.ui.note"), note);
        GridPane.setColumnSpan(note, 3);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow, new ColumnConstraints(),
                new ColumnConstraints(130));
        return grid;
    }

    private TextField field(String id, String path, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        decorations.register(path, field);
        return field;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }
}
