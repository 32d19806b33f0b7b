package vn.chungtay.ui.household;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.identity.Actor;
import vn.chungtay.domain.household.HouseholdSummary;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.ErrorTexts;
import vn.chungtay.ui.common.UnitCells;
import vn.chungtay.ui.review.ReviewHistoryPane;
import vn.chungtay.ui.review.ReviewHistoryViewModel;
import vn.chungtay.ui.support.SupportTimelinePane;
import vn.chungtay.ui.support.SupportTimelineViewModel;
import vn.chungtay.ui.task.BackgroundTask;
import vn.chungtay.ui.task.TaskRunner;

/**
 * The household list: search as you type (diacritics ignored), filters by commune and village, a table that pages
 * from the database as it scrolls, and the commands to add (Ctrl+N), open (Enter or double-click) and delete
 * (Delete) a household.
 */
public final class HouseholdListView {

    private final HouseholdListViewModel model;
    private final Messages messages;
    private final AppServices services;
    private final TaskRunner tasks;
    private final Actor actor;
    private final VBox root = new VBox();
    private final TableView<HouseholdSummary> table = new TableView<>();
    private final TextField search = new TextField();

    public HouseholdListView(HouseholdListViewModel model, Messages messages, AppServices services, TaskRunner tasks,
                             Actor actor) {
        this.model = model;
        this.messages = messages;
        this.services = services;
        this.tasks = tasks;
        this.actor = actor;
        build();
        model.load();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("screen");
        Label title = new Label(messages.get("household.list.title"));
        title.getStyleClass().add("screen-title");

        search.setId("household-search");
        search.setPromptText(messages.get("household.list.search.prompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> model.search());
        search.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        ComboBox<vn.chungtay.domain.unit.AdminUnit> communeBox = new ComboBox<>(UnitCells.withNone(model.communes()));
        communeBox.setId("household-commune-filter");
        communeBox.setPromptText(messages.get("household.list.commune.all"));
        communeBox.valueProperty().bindBidirectional(model.communeProperty());
        UnitCells.unitNames(communeBox, messages.get("household.list.commune.all"));
        communeBox.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.communes()).greaterThan(1));
        communeBox.managedProperty().bind(communeBox.visibleProperty());

        ComboBox<vn.chungtay.domain.unit.Village> villageBox = new ComboBox<>(UnitCells.withNone(model.villages()));
        villageBox.setId("household-village-filter");
        villageBox.setPromptText(messages.get("household.list.village.all"));
        villageBox.valueProperty().bindBidirectional(model.villageProperty());
        UnitCells.villageNames(villageBox, messages.get("household.list.village.all"));
        villageBox.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.villages()));

        Button add = new Button(messages.get("household.list.add"));
        add.setId("household-add");
        add.setOnAction(e -> openForm(null));
        Button open = new Button(messages.get("household.list.open"));
        open.setOnAction(e -> openSelected());
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button delete = new Button(messages.get("household.list.delete"));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        // The search field takes what room is left; filters and commands keep their full labels.
        search.setMinWidth(180);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(Double.MAX_VALUE);
        communeBox.setPrefWidth(210);
        villageBox.setPrefWidth(170);
        for (javafx.scene.control.Control fixed : new javafx.scene.control.Control[] {add, open, delete}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox toolbar = new HBox(8, search, communeBox, villageBox, add, open, delete);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                        model.searchingProperty().get() ? messages.get("household.list.searching")
                                : messages.get("household.list.count", model.totalProperty().get(),
                                model.lastSearchMillisProperty().get()),
                model.searchingProperty(), model.totalProperty(), model.lastSearchMillisProperty()));
        Label error = new Label();
        error.getStyleClass().add("error-summary");
        error.textProperty().bind(model.errorProperty());
        root.getChildren().addAll(title, toolbar, table, new HBox(16, count, error));

        // The shortcuts belong to this screen: they leave the window with it when another screen is shown.
        KeyCombination addKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(addKey);
                old.getAccelerators().remove(findKey);
            }
            if (scene != null) {
                scene.getAccelerators().put(addKey, () -> openForm(null));
                scene.getAccelerators().put(findKey, search::requestFocus);
                search.requestFocus();
            }
        });
    }

    private void buildTable() {
        table.setId("household-table");
        table.itemsProperty().bind(model.rowsProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.searchingProperty())
                .then(messages.get("household.list.searching")).otherwise(messages.get("household.list.empty")));
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("household.column.number", 110, HouseholdSummary::number));
        table.getColumns().add(column("household.column.head", 220, HouseholdSummary::headName));
        table.getColumns().add(column("household.column.village", 160, HouseholdSummary::villageName));
        table.getColumns().add(column("household.column.members", 80, h -> Integer.toString(h.memberCount())));
        table.getColumns().add(column("household.column.area", 100, h -> messages.get(h.area().messageKey())));
        TableColumn<HouseholdSummary, String> commune = column("household.column.commune", 90,
                HouseholdSummary::communeCode);
        commune.visibleProperty().bind(javafx.beans.binding.Bindings.size(model.communes()).greaterThan(1));
        table.getColumns().add(commune);
        table.getColumns().add(column("household.column.address", 260, HouseholdSummary::address));
        model.pagesLoadedProperty().addListener((obs, old, now) -> table.refresh());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
    }

    private TableColumn<HouseholdSummary, String> column(String key, double width,
                                                         Function<HouseholdSummary, String> value) {
        TableColumn<HouseholdSummary, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> text(cell.getValue(), value));
        return column;
    }

    private ObservableValue<String> text(HouseholdSummary row, Function<HouseholdSummary, String> value) {
        return new ReadOnlyObjectWrapper<>(row == null ? "…" : value.apply(row));
    }

    private void openSelected() {
        HouseholdSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openForm(selected.id());
        }
    }

    private void openForm(java.util.UUID householdId) {
        HouseholdFormViewModel form = new HouseholdFormViewModel(services.households(), services.units(), tasks,
                messages, actor);
        ReviewHistoryPane history = new ReviewHistoryPane(new ReviewHistoryViewModel(services.reviews(),
                services.standards(), tasks, messages), messages);
        SupportTimelinePane supports = new SupportTimelinePane(new SupportTimelineViewModel(services.supports(),
                services.catalogue(), tasks, messages, actor, services.households().today()), messages);
        new HouseholdFormWindow(form, messages, this::openForm, history, supports).show(root.getScene().getWindow(),
                householdId, saved -> model.search());
    }

    private void deleteSelected() {
        HouseholdSummary selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages,
                messages.get("household.delete.confirm", selected.number(), selected.headName()),
                messages.get("household.delete.action"));
        if (!sure) {
            return;
        }
        tasks.run(BackgroundTask.of(progress -> {
            services.households().delete(actor, selected.id());
            return selected;
        }).onSuccess(done -> model.search())
                .onError(error -> Dialogs.error(root.getScene().getWindow(), messages,
                        ErrorTexts.describe(error, messages))));
    }
}
