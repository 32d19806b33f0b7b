package vn.chungtay.ui.unit;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.Dialogs;

/**
 * The villages of the selected commune: a table in the service's Vietnamese order and the commands to add (Insert or
 * Ctrl+N), edit (Enter, F2 or double-click) and delete (Delete, after confirmation) a village. Shown only while a
 * commune is selected; the commands are off for communes outside the person's unit.
 */
final class VillagePane {

    private final UnitsViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(8);
    private final TableView<Village> table = new TableView<>();

    VillagePane(UnitsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(model.villagesTitleProperty());

        Button add = new Button(messages.get("village.add"));
        add.setId("village-add");
        add.setOnAction(e -> add());
        add.disableProperty().bind(model.canEditVillagesProperty().not().or(model.busyProperty()));
        Button edit = new Button(messages.get("village.edit"));
        edit.setId("village-edit");
        edit.setOnAction(e -> editSelected());
        edit.disableProperty().bind(model.canEditVillagesProperty().not().or(model.busyProperty())
                .or(model.selectedVillageProperty().isNull()));
        Button delete = new Button(messages.get("village.delete"));
        delete.setId("village-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(edit.disableProperty());
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("village.count", model.villages().size()), model.villages()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, add, edit, delete, spacer, count);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(messages.get("village.keyboard-hint"));
        hint.getStyleClass().add("muted");
        hint.visibleProperty().bind(model.canEditVillagesProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        Label error = new Label();
        error.setId("village-error");
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.textProperty().bind(model.villageErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        root.getChildren().addAll(title, toolbar, table, hint, error);
        root.visibleProperty().bind(model.communeProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private void buildTable() {
        table.setId("village-table");
        table.setItems(model.villages());
        table.setPlaceholder(new Label(messages.get("village.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("village.column.name", 280, Village::name));
        table.getColumns().add(column("village.column.valid-from", 130, v -> DateText.format(v.validFrom())));
        table.getColumns().add(column("village.column.valid-to", 130, v -> DateText.format(v.validTo())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != model.selectedVillageProperty().get()) {
                model.selectedVillageProperty().set(now);
            }
        });
        model.selectedVillageProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
                if (now != null) {
                    table.scrollTo(now);
                }
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                editSelected();
            }
        });
        // A handler on the table (not a scene accelerator), so Insert and Ctrl+N mean "add a village" only here.
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.INSERT || (e.getCode() == KeyCode.N && e.isShortcutDown())) {
                add();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                editSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else {
                return;
            }
            e.consume();
        });
    }

    private TableColumn<Village, String> column(String key, double width, Function<Village, String> value) {
        TableColumn<Village, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private boolean usable() {
        return model.canEditVillagesProperty().get() && !model.busyProperty().get();
    }

    private void add() {
        if (usable()) {
            new VillageFormWindow(model.newVillageForm(), messages).show(root.getScene().getWindow(), this::saved);
        }
    }

    private void editSelected() {
        Village village = model.selectedVillageProperty().get();
        if (village != null && usable()) {
            new VillageFormWindow(model.editVillageForm(village), messages).show(root.getScene().getWindow(),
                    this::saved);
        }
    }

    private void saved(Village village) {
        model.villageSaved(village);
        table.requestFocus();
    }

    private void deleteSelected() {
        Village village = model.selectedVillageProperty().get();
        if (village == null || !usable()) {
            return;
        }
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("village.delete.confirm", village.name()), messages.get("village.delete.action"));
        if (sure) {
            model.deleteVillage(village);
        }
        table.requestFocus();
    }
}
