package vn.chungtay.ui.standard;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.beans.property.StringProperty;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.household.Area;
import vn.chungtay.domain.review.PovertyStandard;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.FieldDecorations;

/**
 * The correction form of a provisional standard, in a modal window: years and threshold, each area's thresholds side
 * by side, and the indicators one block each (code fixed for existing ones), with Add and Remove. Errors show as
 * ControlsFX decorations once a field was left or a save was tried; closing with unsaved edits asks first.
 */
final class StandardFormWindow {

    private static final String[] LINES = {"povertyLine", "nearPoorLine", "averageUpper", "b1Max"};

    private final StandardFormViewModel model;
    private final Messages messages;
    private final StandardTexts texts;
    private final Stage stage = new Stage();
    private final FieldDecorations decorations;
    private final VBox indicatorBox = new VBox(10);
    private final Label summary = new Label();
    private boolean attempted;

    StandardFormWindow(StandardFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.texts = new StandardTexts(messages);
        this.decorations = new FieldDecorations(model.errors());
    }

    /** Opens the form; {@code onSaved} gets the saved standard after the window has closed. */
    void show(Window owner, Consumer<PovertyStandard> onSaved) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("standard.form.title"));

        Label heading = new Label();
        heading.textProperty().bind(model.titleProperty());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label hint = new Label(messages.get("standard.form.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        GridPane general = new GridPane();
        general.setHgap(12);
        general.setVgap(8);
        TextField first = text("standard-form-first-year", "firstYear", model.firstYearProperty(), "2027");
        TextField last = text("standard-form-last-year", "lastYear", model.lastYearProperty(), "2030");
        TextField threshold = text("standard-form-threshold", "deprivationThreshold", model.thresholdProperty(),
                "3");
        for (TextField t : List.of(first, last, threshold)) {
            t.setPrefColumnCount(6);
        }
        general.addRow(0, label("standard.form.first-year", first), first, label("standard.form.last-year", last),
                last);
        general.addRow(1, label("standard.form.threshold", threshold), threshold);
        GridPane.setColumnSpan(threshold, 1);

        GridPane lines = new GridPane();
        lines.setHgap(12);
        lines.setVgap(8);
        lines.addRow(0, new Label(), columnHeader(texts.area(Area.RURAL)), columnHeader(texts.area(Area.URBAN)));
        for (int i = 0; i < LINES.length; i++) {
            String line = LINES[i];
            TextField rural = lineField(Area.RURAL, line);
            TextField urban = lineField(Area.URBAN, line);
            lines.addRow(i + 1, label(texts.lineLabel(line), rural), rural, urban);
        }
        Label linesNote = new Label(messages.get("standard.form.lines.hint"));
        linesNote.getStyleClass().add("muted");
        linesNote.setWrapText(true);
        linesNote.setMinHeight(Region.USE_PREF_SIZE);

        model.indicators().addListener((ListChangeListener<IndicatorFields>) c -> layOutIndicators());
        layOutIndicators();
        Button add = new Button(messages.get("standard.form.indicator.add"));
        add.setId("standard-form-add-indicator");
        add.setOnAction(e -> {
            model.addIndicator();
            Platform.runLater(() -> {
                Node code = stage.getScene().lookup("#standard-form-indicator-code-" + (model.indicators().size() - 1));
                if (code != null) {
                    code.requestFocus();
                }
            });
        });

        VBox content = new VBox(12, heading, hint, general, sectionTitle("standard.section.lines"), lines, linesNote,
                sectionTitle("standard.section.indicators"), indicatorBox, add);
        content.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label generalError = new Label();
        generalError.getStyleClass().add("error-summary");
        generalError.setWrapText(true);
        generalError.textProperty().bind(model.generalErrorProperty());
        generalError.managedProperty().bind(generalError.textProperty().isNotEmpty());
        summary.setId("standard-form-summary");
        summary.getStyleClass().add("error-summary");
        summary.setWrapText(true);
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        model.errors().addListener((MapChangeListener<String, String>) c -> summary.setText(summaryText()));

        Button save = new Button(messages.get("standard.form.save"));
        save.setId("standard-form-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> {
            attempted = true;
            decorations.showAll();
            summary.setText(summaryText());
            model.save(saved -> {
                stage.close();
                onSaved.accept(saved);
            });
        });
        Button cancel = new Button(messages.get("unit.form.cancel"));
        cancel.setId("standard-form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> closeAsking());
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeAsking();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bottom = new VBox(8, generalError, summary, buttons);
        bottom.setPadding(new Insets(12, 20, 16, 20));

        VBox root = new VBox(scroll, new Separator(), bottom);
        Scene scene = new Scene(root, 860, 720);
        Windows.addStylesheet(scene);
        stage.setScene(scene);
        stage.show();
        Platform.runLater(first::requestFocus);
    }

    private void closeAsking() {
        if (!model.dirtyProperty().get()) {
            stage.close();
            return;
        }
        switch (Dialogs.unsavedChanges(stage, messages, model.canSaveBinding().get())) {
            case SAVE -> {
                attempted = true;
                decorations.showAll();
                model.save(saved -> stage.close());
            }
            case DISCARD -> stage.close();
            case STAY -> { }
        }
    }

    private String summaryText() {
        if (!attempted || model.errors().isEmpty()) {
            return "";
        }
        return messages.get("unit.form.errors", model.errors().size(), model.errors().values().iterator().next());
    }

    private Label label(String keyOrText, Control control) {
        String text = keyOrText.startsWith("standard.") ? messages.get(keyOrText) : keyOrText;
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Label sectionTitle(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label columnHeader(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("column-header");
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    private TextField text(String id, String field, StringProperty value, String prompt) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        text.setPromptText(prompt);
        decorations.register(field, text);
        return text;
    }

    private TextField lineField(Area area, String line) {
        AreaFields f = model.area(area);
        StringProperty value = switch (line) {
            case "povertyLine" -> f.povertyLineProperty();
            case "nearPoorLine" -> f.nearPoorLineProperty();
            case "averageUpper" -> f.averageUpperProperty();
            default -> f.b1MaxProperty();
        };
        TextField text = text("standard-form-" + area.name().toLowerCase() + "-" + line, "lines." + area.name() + "."
                + line, value, line.equals("povertyLine") ? "" : messages.get("standard.form.none.prompt"));
        text.setPrefColumnCount(12);
        return text;
    }

    /** Lays the indicator blocks out again, their controls bound to the fields by their current position. */
    private void layOutIndicators() {
        decorations.unregisterPrefix("indicators[");
        indicatorBox.getChildren().clear();
        List<IndicatorFields> rows = List.copyOf(model.indicators());
        for (int i = 0; i < rows.size(); i++) {
            indicatorBox.getChildren().add(indicatorBlock(i, rows.get(i)));
        }
    }

    private Node indicatorBlock(int index, IndicatorFields row) {
        String path = "indicators[" + index + "].";
        GridPane grid = new GridPane();
        grid.getStyleClass().add("standard-indicator-block");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields, labels, fields);

        TextField code = text("standard-form-indicator-code-" + index, path + "code", row.codeProperty(),
                "housing-area");
        code.setEditable(row.isAdded());
        code.setFocusTraversable(row.isAdded());
        if (!row.isAdded()) {
            code.getStyleClass().add("standard-fixed");
        }
        TextField dimension = text("standard-form-indicator-dimension-" + index, path + "dimension",
                row.dimensionProperty(), "");
        TextField name = text("standard-form-indicator-name-" + index, path + "name", row.nameProperty(), "");
        TextField nameEn = text("standard-form-indicator-name-en-" + index, path + "nameEn", row.nameEnProperty(),
                "");
        TextArea definition = new TextArea();
        definition.setId("standard-form-indicator-definition-" + index);
        definition.setWrapText(true);
        definition.setPrefRowCount(2);
        definition.textProperty().bindBidirectional(row.definitionProperty());
        decorations.register(path + "definition", definition);
        Button remove = new Button(messages.get("standard.form.indicator.remove"));
        remove.setId("standard-form-indicator-remove-" + index);
        remove.getStyleClass().add("danger");
        remove.setOnAction(e -> model.removeIndicator(row));

        Label number = new Label(messages.get("standard.form.indicator.number", index + 1));
        number.getStyleClass().add("standard-indicator-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, number, spacer, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        grid.add(top, 0, 0, 4, 1);
        grid.addRow(1, label("standard.form.indicator.code", code), code,
                label("standard.form.indicator.dimension", dimension), dimension);
        grid.addRow(2, label("standard.form.indicator.name", name), name,
                label("standard.form.indicator.name-en", nameEn), nameEn);
        grid.add(label("standard.form.indicator.definition", definition), 0, 3);
        grid.add(definition, 1, 3, 3, 1);
        return grid;
    }
}
