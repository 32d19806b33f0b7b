package vn.chungtay.ui.household;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.ethnic.EthnicGroup;
import vn.chungtay.domain.household.IdNumberHolder;
import vn.chungtay.domain.household.IdType;
import vn.chungtay.domain.household.Relationship;
import vn.chungtay.domain.household.Sex;
import vn.chungtay.domain.household.WorkStatus;
import vn.chungtay.ui.common.TypeAhead;
import vn.chungtay.ui.common.UnitCells;

/**
 * The controls of one member row, bound to its view-model. The row's text fields report Enter, so the form can move
 * to the next row or add one; the ID field shows a link when the number already belongs to someone in another
 * household.
 */
final class MemberRowView {

    /** Widths of the row's controls, in column order; the headers use them too. */
    static final double[] COLUMN_WIDTHS = {165, 90, 105, 120, 115, 115, 115, 165, 110, 90};

    final TextField fullName = new TextField();
    final ComboBox<Sex> sex = new ComboBox<>(FXCollections.observableArrayList(Sex.values()));
    final TextField birth = new TextField();
    final SearchableComboBox<EthnicGroup> ethnicity = new SearchableComboBox<>();
    final ComboBox<Relationship> relationship =
            new ComboBox<>(FXCollections.observableArrayList(Relationship.values()));
    final ComboBox<IdType> idType = new ComboBox<>(FXCollections.observableArrayList(IdType.values()));
    final TextField idNumber = new TextField();
    final Hyperlink otherHolder = new Hyperlink("⚠");
    final HBox idCell = new HBox(2, idNumber, otherHolder);
    final ComboBox<WorkStatus> workStatus = new ComboBox<>(FXCollections.observableArrayList(WorkStatus.values()));
    final TextField healthInsurance = new TextField();
    final TextField note = new TextField();
    final Button remove = new Button("✕");

    private final MemberRowViewModel row;

    MemberRowView(MemberRowViewModel row, List<EthnicGroup> groups, Messages messages,
                  Consumer<UUID> openHousehold) {
        this.row = row;
        fullName.textProperty().bindBidirectional(row.fullNameProperty());
        fullName.setPrefWidth(COLUMN_WIDTHS[0]);
        fullName.setPromptText(messages.get("member.name.prompt"));
        bindChoice(sex, row.sexProperty(), s -> messages.get(s.messageKey()), COLUMN_WIDTHS[1]);
        birth.textProperty().bindBidirectional(row.birthProperty());
        birth.setPrefWidth(COLUMN_WIDTHS[2]);
        birth.setPromptText(messages.get("member.birth.prompt"));
        ethnicity.setItems(FXCollections.observableArrayList(groups));
        ethnicity.valueProperty().bindBidirectional(row.ethnicityProperty());
        UnitCells.show(ethnicity, g -> g.name(), "");
        ethnicity.setPrefWidth(COLUMN_WIDTHS[3]);
        bindChoice(relationship, row.relationshipProperty(), r -> messages.get(r.messageKey()), COLUMN_WIDTHS[4]);
        bindChoice(idType, row.idTypeProperty(), t -> messages.get(t.messageKey()), COLUMN_WIDTHS[5]);
        idNumber.textProperty().bindBidirectional(row.idNumberProperty());
        idNumber.setPrefWidth(COLUMN_WIDTHS[6]);
        otherHolder.getStyleClass().add("warning-text");
        otherHolder.setFocusTraversable(false);
        otherHolder.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !row.otherHoldersProperty().get().isEmpty(), row.otherHoldersProperty()));
        otherHolder.managedProperty().bind(otherHolder.visibleProperty());
        row.otherHoldersProperty().addListener((obs, old, holders) -> describeHolders(holders, messages));
        otherHolder.setOnAction(e -> {
            List<IdNumberHolder> holders = row.otherHoldersProperty().get();
            if (!holders.isEmpty()) {
                openHousehold.accept(holders.get(0).householdId());
            }
        });
        bindChoice(workStatus, row.workStatusProperty(), w -> messages.get(w.messageKey()), COLUMN_WIDTHS[7]);
        healthInsurance.textProperty().bindBidirectional(row.healthInsuranceProperty());
        healthInsurance.setPrefWidth(COLUMN_WIDTHS[8]);
        note.textProperty().bindBidirectional(row.noteProperty());
        note.setPrefWidth(COLUMN_WIDTHS[9]);
        remove.setTooltip(new Tooltip(messages.get("member.remove")));
        remove.getStyleClass().add("flat");
        remove.setFocusTraversable(false);
    }

    private void describeHolders(List<IdNumberHolder> holders, Messages messages) {
        String text = holders.stream()
                .map(h -> messages.get("member.id.other-holder", h.fullName(), h.householdNumber(), h.communeCode()))
                .collect(Collectors.joining("\n"));
        otherHolder.setTooltip(holders.isEmpty() ? null : new Tooltip(text));
        otherHolder.setText(holders.isEmpty() ? "⚠" : "⚠ " + holders.get(0).householdNumber());
    }

    private static <T> void bindChoice(ComboBox<T> box, javafx.beans.property.ObjectProperty<T> property,
                                       java.util.function.Function<T, String> text, double width) {
        box.valueProperty().bindBidirectional(property);
        UnitCells.show(box, text, "");
        TypeAhead.install(box, text);
        box.setPrefWidth(width);
        box.setMinWidth(width);
    }

    MemberRowViewModel model() {
        return row;
    }

    /** The row's text fields, where Enter moves on to the next row. */
    List<TextField> textFields() {
        return List.of(fullName, birth, idNumber, healthInsurance, note);
    }

    /** Controls by the field names used in violation paths. */
    List<java.util.Map.Entry<String, Control>> fields() {
        return List.of(java.util.Map.entry("fullName", fullName), java.util.Map.entry("sex", sex),
                java.util.Map.entry("birth", birth), java.util.Map.entry("ethnicity", ethnicity),
                java.util.Map.entry("relationship", relationship), java.util.Map.entry("idNumber", idNumber),
                java.util.Map.entry("workStatus", workStatus),
                java.util.Map.entry("healthInsuranceNumber", healthInsurance), java.util.Map.entry("note", note));
    }
}
