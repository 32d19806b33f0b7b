package vn.chungtay.ui.unit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.domain.unit.AdminUnit;
import vn.chungtay.domain.unit.UnitTree;

/**
 * The administrative units screen: the hierarchy as a tree opened at the person's own unit (units above it shown
 * muted, as read-only context), the selected unit's details with Edit (F2) and Add child (Insert), and for a commune
 * its villages.
 */
public final class UnitsView {

    private final UnitsViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TreeView<AdminUnit> tree = new TreeView<>();
    private final Map<String, TreeItem<AdminUnit>> items = new HashMap<>();
    private boolean syncing;

    public UnitsView(UnitsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
        model.load();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("screen");
        Label title = new Label(messages.get("unit.screen.title"));
        title.getStyleClass().add("screen-title");
        Label hint = new Label(messages.get("unit.screen.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        buildTree();
        VBox details = new VBox(10, detailsSection(), new VillagePane(model, messages).root());
        details.getStyleClass().add("unit-details");
        SplitPane split = new SplitPane(tree, details);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(tree, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, hint, error, split);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                focusTreeAfterPulse(scene);
            }
        });

    }

    /**
     * Gives the tree the focus once the next pulse has laid the screen out. Earlier is too soon: on that pulse the
     * scene hands the focus of the screen just removed to the window's first control (the settings menu).
     */
    private void focusTreeAfterPulse(Scene scene) {
        Runnable once = new Runnable() {
            private boolean done;

            @Override
            public void run() {
                if (!done) {
                    done = true;
                    tree.requestFocus();
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    private void buildTree() {
        tree.setId("units-tree");
        tree.setShowRoot(false);
        tree.setMinWidth(240);
        tree.setCellFactory(view -> new UnitCell());
        model.treeProperty().addListener((obs, old, now) -> showTree(now));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                model.selectedProperty().set(now.getValue());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> selectInTree(now));
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                edit();
            } else if (e.getCode() == KeyCode.INSERT) {
                addChild();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Lays the tree out again, keeping what was open, and opening the path down to the person's unit. */
    private void showTree(UnitTree unitTree) {
        Set<String> expanded = new HashSet<>();
        items.forEach((code, item) -> {
            if (item.isExpanded()) {
                expanded.add(code);
            }
        });
        model.ownPath().forEach(unit -> expanded.add(unit.code()));
        items.clear();
        TreeItem<AdminUnit> top = new TreeItem<>();
        for (AdminUnit unit : unitTree.roots()) {
            top.getChildren().add(item(unitTree, unit, expanded, 0));
        }
        syncing = true;
        try {
            tree.setRoot(top);
        } finally {
            syncing = false;
        }
        selectInTree(model.selectedProperty().get());
    }

    private TreeItem<AdminUnit> item(UnitTree unitTree, AdminUnit unit, Set<String> expanded, int depth) {
        TreeItem<AdminUnit> item = new TreeItem<>(unit);
        items.put(unit.code(), item);
        // Depth is bounded by the number of levels, so a parent-code cycle in bad data cannot recurse for ever.
        if (depth < 4) {
            // Districts before the communes placed straight under the province since the 2025 reform.
            List<AdminUnit> children = unitTree.children(unit.code()).stream()
                    .sorted(Comparator.comparing(AdminUnit::level).thenComparing(AdminUnit::code)).toList();
            for (AdminUnit child : children) {
                item.getChildren().add(item(unitTree, child, expanded, depth + 1));
            }
        }
        item.setExpanded(expanded.contains(unit.code()));
        return item;
    }

    private void selectInTree(AdminUnit unit) {
        TreeItem<AdminUnit> item = unit == null ? null : items.get(unit.code());
        if (item == null || item == tree.getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            for (TreeItem<AdminUnit> up = item.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private VBox detailsSection() {
        Label heading = new Label(messages.get("unit.details.title"));
        heading.getStyleClass().add("section-title");
        UnitDetailsModel d = model.details();
        GridPane grid = new GridPane();
        grid.setId("unit-details");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        row(grid, 0, "unit.field.level", d.levelProperty(), "unit-detail-level");
        row(grid, 1, "unit.field.code", d.codeProperty(), "unit-detail-code");
        row(grid, 2, "unit.field.name", d.nameProperty(), "unit-detail-name");
        row(grid, 3, "unit.field.parent", d.parentProperty(), "unit-detail-parent");
        row(grid, 4, "unit.field.valid-from", d.validFromProperty(), "unit-detail-valid-from");
        row(grid, 5, "unit.field.valid-to", d.validToProperty(), "unit-detail-valid-to");
        grid.visibleProperty().bind(d.presentProperty());
        Label none = new Label(messages.get("unit.details.none"));
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(d.presentProperty().not());
        none.managedProperty().bind(none.visibleProperty());

        Label access = new Label();
        access.setId("unit-access");
        access.getStyleClass().add("muted");
        access.setWrapText(true);
        access.textProperty().bind(d.accessNoteProperty());
        Button edit = new Button(messages.get("unit.edit"));
        edit.setId("unit-edit");
        edit.setOnAction(e -> edit());
        edit.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        Button addChild = new Button(messages.get("unit.add-child"));
        addChild.setId("unit-add-child");
        addChild.setOnAction(e -> addChild());
        addChild.disableProperty().bind(model.canAddChildProperty().not().or(model.busyProperty()));
        HBox buttons = new HBox(8, edit, addChild);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, none, grid, access, buttons);
    }

    private void row(GridPane grid, int row, String labelKey, StringProperty value, String id) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("muted");
        Label text = new Label();
        text.setId(id);
        text.textProperty().bind(value);
        text.setWrapText(true);
        grid.addRow(row, label, text);
    }

    private void edit() {
        if (model.editableProperty().get() && !model.busyProperty().get()) {
            new UnitFormWindow(model.editForm(), messages).show(root.getScene().getWindow(), this::saved);
        }
    }

    private void addChild() {
        if (model.canAddChildProperty().get() && !model.busyProperty().get()) {
            new UnitFormWindow(model.newChildForm(), messages).show(root.getScene().getWindow(), this::saved);
        }
    }

    private void saved(AdminUnit unit) {
        model.unitSaved(unit);
        tree.requestFocus();
    }

    /** A unit by name and code; units outside the person's reach are muted and say why in a tooltip. */
    private final class UnitCell extends TreeCell<AdminUnit> {

        private final Tooltip readOnly = new Tooltip(messages.get("unit.access.read-only"));

        @Override
        protected void updateItem(AdminUnit unit, boolean empty) {
            super.updateItem(unit, empty);
            getStyleClass().remove("unit-read-only");
            if (empty || unit == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(UnitsViewModel.label(unit));
            boolean editable = model.isEditable(unit);
            setTooltip(editable ? null : readOnly);
            if (!editable) {
                getStyleClass().add("unit-read-only");
            }
        }
    }
}
