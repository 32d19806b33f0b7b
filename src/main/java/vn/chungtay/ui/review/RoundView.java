package vn.chungtay.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
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
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.review.RoundRow;
import vn.chungtay.domain.review.ReviewRound;
import vn.chungtay.domain.review.RoundEvent;
import vn.chungtay.domain.unit.Village;
import vn.chungtay.ui.common.Dialogs;
import vn.chungtay.ui.common.UnitCells;

/**
 * One review round at work: its header and status, the commands to close it (after confirmation; the service's
 * refusal is shown as it is) and to reopen it (with a reason), and three tabs: the households with their review
 * progress, filtered by village and searched without diacritics; the movement tables; and the round's log.
 * Enter or a double-click on a household opens its review form; Ctrl+F goes to the search.
 */
final class RoundView {

    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RoundViewModel model;
    private final Messages messages;
    private final Runnable back;
    private final Supplier<ReviewFormViewModel> forms;
    private final VBox root = new VBox();
    private final TableView<RoundRow> table = new TableView<>();
    private final TextField search = new TextField();

    RoundView(RoundViewModel model, Messages messages, Runnable back, Supplier<ReviewFormViewModel> forms) {
        this.model = model;
        this.messages = messages;
        this.back = back;
        this.forms = forms;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("screen");
        Label error = new Label();
        error.setId("round-error");
        error.getStyleClass().add("error-summary");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        TabPane tabs = new TabPane(tab("round.tab.households", householdsTab()),
                tab("round.tab.movement", new MovementPane(model.movement(), messages).root()),
                tab("round.tab.events", eventsTable()));
        tabs.setId("round-tabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                model.movement().setWanted(now.intValue() == 1));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(header(), error, tabs);

        KeyCombination findKey = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getAccelerators().remove(findKey);
            }
            if (scene != null) {
                scene.getAccelerators().put(findKey, () -> {
                    tabs.getSelectionModel().select(0);
                    search.requestFocus();
                });
            }
        });
        FocusAfterLayout.whenShown(root, table);
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setClosable(false);
        return tab;
    }

    private Node header() {
        Button backButton = new Button(messages.get("round.view.back"));
        backButton.setId("round-back");
        backButton.setOnAction(e -> back.run());
        Label title = new Label();
        title.setId("round-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(model.titleProperty());
        Label details = new Label();
        details.getStyleClass().add("muted");
        details.textProperty().bind(model.detailsProperty());
        VBox titles = new VBox(2, title, details);
        Label status = new Label();
        status.setId("round-status");
        status.getStyleClass().add("round-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.roundProperty().get() == null ? ""
                : messages.get(model.roundProperty().get().status().messageKey()), model.roundProperty()));
        Button close = new Button(messages.get("round.view.close"));
        close.setId("round-close");
        close.setOnAction(e -> closeRound());
        close.disableProperty().bind(model.canCloseBinding().not());
        Button reopen = new Button(messages.get("round.view.reopen"));
        reopen.setId("round-reopen");
        reopen.setOnAction(e -> new ReopenRoundWindow(model.reopenForm(), messages).show(root.getScene().getWindow()));
        reopen.disableProperty().bind(model.canReopenBinding().not());
        for (Button b : new Button[] {backButton, close, reopen}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, backButton, titles, spacer, status, close, reopen);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node householdsTab() {
        ComboBox<Village> villageBox = new ComboBox<>(UnitCells.withNone(model.villages()));
        villageBox.setId("round-village");
        villageBox.valueProperty().bindBidirectional(model.villageProperty());
        UnitCells.villageNames(villageBox, messages.get("round.view.village.all"));
        villageBox.setPrefWidth(200);
        search.setId("round-search");
        search.setPromptText(messages.get("round.view.search.prompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        Button review = new Button(messages.get("round.view.review"));
        review.setId("round-review");
        review.getStyleClass().add("accent");
        review.setMinWidth(Region.USE_PREF_SIZE);
        review.setOnAction(e -> reviewSelected());
        review.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox toolbar = new HBox(8, villageBox, search, review);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        RoundTableColumns.addTo(table, messages);
        table.setId("round-households");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("round.view.empty")));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reviewSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                reviewSelected();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label progress = new Label();
        progress.setId("round-progress");
        progress.textProperty().bind(model.progressTextProperty());
        VBox box = new VBox(8, toolbar, table, progress);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private Node eventsTable() {
        TableView<RoundEvent> events = new TableView<>(model.events());
        events.setId("round-events");
        events.setPlaceholder(new Label(messages.get("round.events.empty")));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        events.getColumns().add(RoundTableColumns.text(messages.get("round.events.column.at"), 150,
                (RoundEvent e) -> EVENT_TIME.format(e.at().atZone(ZoneId.systemDefault()))));
        events.getColumns().add(RoundTableColumns.text(messages.get("round.events.column.event"), 150,
                (RoundEvent e) -> messages.get(e.kind().messageKey())));
        events.getColumns().add(RoundTableColumns.text(messages.get("round.events.column.user"), 200,
                RoundEvent::userName));
        events.getColumns().add(RoundTableColumns.text(messages.get("round.events.column.note"), 300,
                RoundEvent::note));
        VBox box = new VBox(events);
        VBox.setVgrow(events, Priority.ALWAYS);
        box.getStyleClass().add("tab-body");
        return box;
    }

    private void reviewSelected() {
        RoundRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            openForm(row);
        }
    }

    private void openForm(RoundRow row) {
        ReviewRound round = model.roundProperty().get();
        new ReviewFormWindow(forms.get(), messages).show(root.getScene().getWindow(), round.id(), row.household(),
                saved -> {
                    model.reviewSaved(saved);
                    // The saved row was replaced in the list: keep it selected, so Enter opens it again.
                    model.rows().stream().filter(r -> r.household().id().equals(saved.householdId())).findFirst()
                            .ifPresent(r -> table.getSelectionModel().select(r));
                }, () -> {
                    RoundRow next = model.nextUnreviewed(row.household());
                    if (next != null) {
                        table.getSelectionModel().select(next);
                        table.scrollTo(next);
                        openForm(next);
                    }
                });
    }

    private void closeRound() {
        boolean sure = Dialogs.confirm(root.getScene().getWindow(), messages, messages.get("round.close.confirm"),
                messages.get("round.close.action"));
        if (sure) {
            model.close(refusal -> Dialogs.error(root.getScene().getWindow(), messages, refusal));
        }
    }
}
