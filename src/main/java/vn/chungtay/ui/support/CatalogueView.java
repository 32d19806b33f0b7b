package vn.chungtay.ui.support;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.support.CatalogueViewModel.Entry;
import vn.chungtay.ui.support.CatalogueViewModel.Group;

/**
 * The catalogue as a tree: programmes with their kinds below, each with its code, usual form, legal basis, uses and a
 * "retired" marker (retired lines are greyed). A clerk's commands sit above it; a commune officer reads only, and a
 * line says who keeps the catalogue.
 */
final class CatalogueView {

    private static final PseudoClass RETIRED = PseudoClass.getPseudoClass("retired");
    private static final PseudoClass PROGRAMME = PseudoClass.getPseudoClass("programme");

    private final CatalogueViewModel model;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TreeTableView<Entry> tree = new TreeTableView<>();

    CatalogueView(CatalogueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("tab-body");
        Label hint = new Label();
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(Bindings.when(model.clerkProperty()).then(messages.get("catalogue.hint.clerk"))
                .otherwise(messages.get("catalogue.hint.read-only")));
        buildTree();
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label error = new Label();
        error.setId("catalogue-error");
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        root.getChildren().addAll(hint, toolbar(), tree, error);
    }

    private Node toolbar() {
        Button addProgramme = button("catalogue.add-programme", "catalogue-add-programme");
        addProgramme.setOnAction(e -> openForm(model.newProgrammeForm(), ""));
        Button addKind = button("catalogue.add-kind", "catalogue-add-kind");
        addKind.setOnAction(e -> {
            Entry entry = model.selectedProperty().get();
            if (entry != null) {
                openForm(model.newKindForm(), model.name(new Entry(entry.programme(), null, 0)));
            }
        });
        Button rename = button("catalogue.rename", "catalogue-rename");
        rename.setOnAction(e -> {
            Entry entry = model.selectedProperty().get();
            if (entry != null) {
                openForm(model.renameForm(), model.name(new Entry(entry.programme(), null, 0)));
            }
        });
        Button retire = button("catalogue.retire", "catalogue-retire");
        retire.textProperty().bind(Bindings.createStringBinding(() -> {
            Entry entry = model.selectedProperty().get();
            return messages.get(entry != null && entry.retired() ? "catalogue.restore" : "catalogue.retire");
        }, model.selectedProperty()));
        retire.setOnAction(e -> model.toggleRetired());
        Button delete = button("catalogue.delete", "catalogue-delete");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> delete());
        for (Button b : new Button[] {addKind, rename, retire, delete}) {
            b.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        }
        addProgramme.disableProperty().bind(model.busyProperty());
        HBox bar = new HBox(8, addProgramme, addKind, rename, retire, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.clerkProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Button button(String key, String id) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void buildTree() {
        tree.setId("catalogue-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setPlaceholder(new Label(messages.get("round.list.loading")));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Short columns keep the width of their longest content; the names and the legal basis share the rest and
        // show in full on hover.
        tree.getColumns().add(withTooltips(column("catalogue.column.name", 400, model::name)));
        TreeTableColumn<Entry, String> code = column("catalogue.column.code", 190, Entry::code);
        code.setMinWidth(190);
        tree.getColumns().add(code);
        TreeTableColumn<Entry, String> form = column("catalogue.column.usual-form", 175,
                e -> e.isProgramme() ? "" : messages.get(e.kind().usualForm().messageKey()));
        form.setMinWidth(175);
        tree.getColumns().add(form);
        TreeTableColumn<Entry, String> uses = column("catalogue.column.uses", 110,
                e -> SupportAmounts.grouped(e.uses(), messages));
        uses.getStyleClass().add("number-column");
        uses.setMinWidth(110);
        tree.getColumns().add(uses);
        TreeTableColumn<Entry, String> status = column("catalogue.column.status", 115, e -> messages.get(e.retired()
                ? "catalogue.status.retired" : "catalogue.status.active"));
        status.setMinWidth(110);
        tree.getColumns().add(status);
        tree.getColumns().add(withTooltips(column("catalogue.column.legal-basis", 240,
                e -> e.isProgramme() ? e.programme().legalBasis() : "")));
        tree.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(RETIRED, !empty && item != null && item.retired());
                pseudoClassStateChanged(PROGRAMME, !empty && item != null && item.isProgramme());
            }
        });
        model.groups().addListener((ListChangeListener<Group>) c -> fill());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            Entry entry = now == null ? null : now.getValue();
            if (entry != model.selectedProperty().get()) {
                model.selectedProperty().set(entry);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> select(now));
    }

    private void fill() {
        TreeItem<Entry> top = new TreeItem<>();
        for (Group g : model.groups()) {
            TreeItem<Entry> programme = new TreeItem<>(g.programme());
            programme.setExpanded(true);
            g.kinds().forEach(k -> programme.getChildren().add(new TreeItem<>(k)));
            top.getChildren().add(programme);
        }
        tree.setRoot(top);
        tree.setPlaceholder(new Label(messages.get("catalogue.empty")));
        select(model.selectedProperty().get());
    }

    private void select(Entry entry) {
        TreeItem<Entry> current = tree.getSelectionModel().getSelectedItem();
        if (current != null && current.getValue() == entry) {
            return;
        }
        for (TreeItem<Entry> p : tree.getRoot().getChildren()) {
            for (TreeItem<Entry> item : concat(p)) {
                if (item.getValue() == entry) {
                    tree.getSelectionModel().select(item);
                    int row = tree.getRow(item);
                    if (row >= 0) {
                        tree.scrollTo(Math.max(0, row - 3));
                    }
                    return;
                }
            }
        }
    }

    private static java.util.List<TreeItem<Entry>> concat(TreeItem<Entry> programme) {
        java.util.List<TreeItem<Entry>> out = new java.util.ArrayList<>();
        out.add(programme);
        out.addAll(programme.getChildren());
        return out;
    }

    /** Cells that show their whole text on hover, for columns whose text is often cut. */
    private static TreeTableColumn<Entry, String> withTooltips(TreeTableColumn<Entry, String> column) {
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    private TreeTableColumn<Entry, String> column(String key, double width, Function<Entry, String> value) {
        TreeTableColumn<Entry, String> column = new TreeTableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null
                || cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return column;
    }

    private void openForm(CatalogueEntryViewModel form, String programmeName) {
        if (form != null) {
            new CatalogueEntryWindow(form, messages).show(root.getScene().getWindow(), programmeName, model::saved);
        }
    }

    private void delete() {
        Entry entry = model.selectedProperty().get();
        if (entry == null) {
            return;
        }
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("catalogue.delete.confirm", model.name(entry), entry.code()),
                messages.get("catalogue.delete"));
        if (sure) {
            model.delete(reason -> Dialogs.error(root.getScene().getWindow(), messages, reason));
        }
    }
}
