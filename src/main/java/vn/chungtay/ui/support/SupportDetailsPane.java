package vn.chungtay.ui.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.support.FundingSource;
import vn.chungtay.domain.support.Programme;
import vn.chungtay.domain.support.SupportForm;
import vn.chungtay.domain.support.SupportKind;
import vn.chungtay.ui.common.FieldDecorations;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;

/**
 * The fields of one support, for the single-support form (two pairs to a line) and the bulk entry (one field to a
 * line, in a side column) alike. Programme, kind and funding source have long names, so each takes a whole line; the
 * shorter fields pair up. Goods fields show only for support in kind and a loan's terms only for credit: the lines are
 * laid out again when the form changes, so no empty line is left where hidden fields were. Errors show on the fields
 * as ControlsFX decorations. The tab order is the reading order: programme, kind, form, day, source, amounts …
 */
final class SupportDetailsPane {

    private final SupportDetailsViewModel model;
    private final Messages messages;
    private final FieldDecorations decorations;
    private final GridPane grid = new GridPane();
    private final TextField date = new TextField();
    private final ComboBox<Programme> programme;
    private final ComboBox<SupportKind> kind;
    private final ComboBox<SupportForm> form = new ComboBox<>(FXCollections.observableArrayList(SupportForm.values()));
    private final ComboBox<FundingSource> source =
            new ComboBox<>(FXCollections.observableArrayList(FundingSource.values()));
    private final TextField amount = new TextField();
    private final Label amountLabel = new Label();
    private final TextField item = new TextField();
    private final TextField quantity = new TextField();
    private final TextField unit = new TextField();
    private final TextField term = new TextField();
    private final TextField rate = new TextField();
    private final TextField outstanding = new TextField();
    private final TextField periodFrom = new TextField();
    private final TextField periodTo = new TextField();
    private final TextField note = new TextField();
    private final boolean oneFieldPerLine;

    /** Two pairs of label and field to a line, for a form window. */
    SupportDetailsPane(SupportDetailsViewModel model, Messages messages) {
        this(model, messages, false);
    }

    /** @param oneFieldPerLine one label and field to a line, for a narrow column */
    SupportDetailsPane(SupportDetailsViewModel model, Messages messages, boolean oneFieldPerLine) {
        this.model = model;
        this.messages = messages;
        this.oneFieldPerLine = oneFieldPerLine;
        this.decorations = new FieldDecorations(model.errors());
        this.programme = new ComboBox<>(model.programmes());
        this.kind = new ComboBox<>(model.kinds());
        build();
    }

    Node root() {
        return grid;
    }

    /** The first field, for the focus when the form opens. */
    Control first() {
        return programme;
    }

    /** Shows every field's error from now on (after an attempt to save). */
    void showAllErrors() {
        decorations.showAll();
    }

    private void build() {
        grid.getStyleClass().add("support-details");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setMinWidth(150);
        // The same preferred width for both field columns, so they share the room equally whatever they hold.
        field.setPrefWidth(200);
        if (oneFieldPerLine) {
            grid.getColumnConstraints().addAll(label, field);
        } else {
            grid.getColumnConstraints().addAll(label, field, label, field);
        }

        text(date, "support-date", model.dateProperty(), "support.ui.date.prompt");
        programme.setId("support-programme");
        programme.valueProperty().bindBidirectional(model.programmeProperty());
        UnitCells.show(programme, p -> model.catalogue().name(p), messages.get("support.ui.programme.none"));
        TypeAhead.install(programme, p -> model.catalogue().name(p));
        kind.setId("support-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        UnitCells.show(kind, k -> model.catalogue().name(k), messages.get("support.ui.kind.none"));
        TypeAhead.install(kind, k -> model.catalogue().name(k));
        kind.disableProperty().bind(model.programmeProperty().isNull());
        form.setId("support-form");
        form.valueProperty().bindBidirectional(model.formProperty());
        UnitCells.show(form, f -> messages.get(f.messageKey()), "");
        TypeAhead.install(form, f -> messages.get(f.messageKey()));
        source.setId("support-source");
        source.valueProperty().bindBidirectional(model.sourceProperty());
        UnitCells.show(source, s -> messages.get(s.messageKey()), "");
        TypeAhead.install(source, s -> messages.get(s.messageKey()));
        text(amount, "support-amount", model.amountProperty(), "support.ui.amount.prompt");
        amountLabel.textProperty().bind(model.amountLabelBinding());
        amountLabel.setLabelFor(amount);
        amountLabel.setMinWidth(Region.USE_PREF_SIZE);
        tidyOnLeave(amount, model.amountProperty());
        text(item, "support-item", model.itemProperty(), "support.ui.item.prompt");
        text(quantity, "support-quantity", model.quantityProperty(), null);
        text(unit, "support-unit", model.unitProperty(), "support.ui.unit.prompt");
        text(term, "support-term", model.termProperty(), null);
        text(rate, "support-rate", model.rateProperty(), "support.ui.rate.prompt");
        text(outstanding, "support-outstanding", model.outstandingProperty(), null);
        tidyOnLeave(outstanding, model.outstandingProperty());
        text(periodFrom, "support-period-from", model.periodFromProperty(), "support.ui.date.prompt");
        text(periodTo, "support-period-to", model.periodToProperty(), "support.ui.date.prompt");
        text(note, "support-note", model.noteProperty(), null);
        for (ComboBox<?> box : List.of(programme, kind, form, source)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        register();
        model.formProperty().addListener((obs, old, now) -> layoutLines());
        layoutLines();
    }

    private void text(TextField field, String id, StringProperty value, String promptKey) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            field.setPromptText(messages.get(promptKey));
        }
    }

    /** "500000" reads as "500.000" once the person leaves the field, as the amount will be shown everywhere. */
    private void tidyOnLeave(TextField field, StringProperty value) {
        field.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is) {
                SupportAmounts.parseVnd(value.get()).filter(v -> v >= 0)
                        .ifPresent(v -> value.set(SupportAmounts.grouped(v, messages)));
            }
        });
    }

    private void register() {
        decorations.register("date", date);
        decorations.register("programme", programme);
        decorations.register("kind", kind);
        decorations.register("form", form);
        decorations.register("source", source);
        decorations.register("amount", amount);
        decorations.register("item", item);
        decorations.register("quantity", quantity);
        decorations.register("unit", unit);
        decorations.register("term", term);
        decorations.register("rate", rate);
        decorations.register("outstanding", outstanding);
        decorations.register("periodFrom", periodFrom);
        decorations.register("periodTo", periodTo);
        decorations.register("note", note);
    }

    /**
     * The lines for the chosen form: programme, kind, form and day, source, then what the form records (an amount;
     * goods with their value; a loan with its terms), the period and the note.
     */
    private void layoutLines() {
        grid.getChildren().clear();
        List<Node[]> lines = new ArrayList<>();
        lines.add(whole("support.ui.programme", programme));
        lines.add(whole("support.ui.kind", kind));
        lines.add(new Node[] {label("support.ui.form", form), form, label("support.ui.date", date), date});
        lines.add(whole("support.ui.source", source));
        SupportForm chosen = model.formProperty().get();
        if (chosen == SupportForm.IN_KIND) {
            lines.add(whole("support.ui.item", item));
            lines.add(new Node[] {label("support.ui.quantity", quantity), quantity, label("support.ui.unit", unit),
                unit});
            lines.add(new Node[] {amountLabel, amount, null, null});
        } else if (chosen == SupportForm.CREDIT) {
            lines.add(new Node[] {amountLabel, amount, label("support.ui.term", term), term});
            lines.add(new Node[] {label("support.ui.rate", rate), rate, label("support.ui.outstanding", outstanding),
                outstanding});
        } else {
            lines.add(new Node[] {amountLabel, amount, null, null});
        }
        lines.add(new Node[] {label("support.ui.period-from", periodFrom), periodFrom,
            label("support.ui.period-to", periodTo), periodTo});
        lines.add(whole("support.ui.note", note));
        int row = 0;
        for (Node[] line : lines) {
            if (oneFieldPerLine) {
                for (int i = 0; i < line.length; i += 2) {
                    if (line[i] != null) {
                        grid.addRow(row++, line[i], line[i + 1]);
                    }
                }
            } else if (line.length == 2) {
                grid.addRow(row++, line);
                GridPane.setColumnSpan(line[1], 3);
            } else {
                Node[] present = Arrays.stream(line).filter(Objects::nonNull).toArray(Node[]::new);
                for (Node n : present) {
                    GridPane.setColumnSpan(n, 1);
                }
                grid.addRow(row++, present);
            }
        }
        decorations.refresh();
    }

    /** A field with a long content, which takes the whole line. */
    private Node[] whole(String key, Control control) {
        return new Node[] {label(key, control), control};
    }

    private Label label(String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
