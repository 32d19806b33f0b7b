package vn.chungtay.ui.unit;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
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
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.Windows;
import vn.chungtay.ui.common.FieldDecorations;

/**
 * The frame the unit and village forms share: a small modal window with labelled fields, the form's general error
 * and Save / Cancel. Enter saves from any text field (Save is the default button) and Esc cancels, so the forms work
 * from the keyboard alone. Field errors show as ControlsFX decorations once a field was touched or a save was tried.
 * Public because the small dialogs of other screens (opening or reopening a review round) are the same kind of form.
 */
public final class FormWindow {

    private final Messages messages;
    private final ObservableMap<String, String> errors;
    private final FieldDecorations decorations;
    private final Stage stage = new Stage();
    private final GridPane grid = new GridPane();
    private final Label summary = new Label();
    private final Label general = new Label();
    private final Button save;
    private final Button cancel;
    private int rows;
    private boolean attempted;

    public FormWindow(Window owner, Messages messages, String title, ObservableMap<String, String> errors,
               StringProperty generalError, BooleanProperty saving) {
        this.messages = messages;
        this.errors = errors;
        this.decorations = new FieldDecorations(errors);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(300);
        grid.getColumnConstraints().addAll(labels, fields);
        general.getStyleClass().add("error-summary");
        general.setWrapText(true);
        general.textProperty().bind(generalError);
        general.managedProperty().bind(general.textProperty().isNotEmpty());
        summary.setId("form-error-summary");
        summary.getStyleClass().add("error-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(520);
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        general.setMaxWidth(520);
        save = new Button(messages.get("unit.form.save"));
        save.setId("form-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(saving);
        cancel = new Button(messages.get("unit.form.cancel"));
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
    }

    /** Names the save button after what saving does ("Mở đợt", "Mở lại"); the default is the bundle's "Lưu". */
    public void saveLabel(String text) {
        save.setText(text);
    }

    /** Adds a labelled control in the next row; {@code field} names the errors it shows (null: none). */
    public <T extends Control> T field(String labelText, T control, String field) {
        Label label = new Label(labelText);
        label.setLabelFor(control);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(rows++, label, control);
        if (field != null) {
            decorations.register(field, control);
        }
        return control;
    }

    /** Adds a labelled text field bound both ways to {@code value}, with an id for UI tests and a prompt. */
    public TextField text(String labelText, String id, String field, StringProperty value, String prompt) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(value);
        text.setPromptText(prompt);
        return field(labelText, text, field);
    }

    /** Adds an explanation under the fields. */
    public void note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(460);
        grid.add(note, 1, rows++);
    }

    /** Shows the window; {@code onSave} runs on Save or Enter, {@code first} gets the focus. */
    public void show(Runnable onSave, Control first) {
        save.setOnAction(e -> {
            decorations.showAll();
            attempted = true;
            summary.setText(summaryText());
            onSave.run();
        });
        errors.addListener((MapChangeListener<String, String>) c -> summary.setText(summaryText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, grid, general, summary, buttons);
        root.setPadding(new Insets(20));
        root.setMinWidth(560);
        Scene scene = new Scene(root);
        Windows.addStylesheet(scene);
        stage.setScene(scene);
        stage.setResizable(false);
        stage.show();
        Platform.runLater(first::requestFocus);
        // The error lines come and go; the window grows and shrinks with them instead of clipping them.
        summary.textProperty().addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));
        general.textProperty().addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));
    }

    public void close() {
        stage.close();
    }

    private String summaryText() {
        if (!attempted || errors.isEmpty()) {
            return "";
        }
        return messages.get("unit.form.errors", errors.size(), errors.values().iterator().next());
    }
}
